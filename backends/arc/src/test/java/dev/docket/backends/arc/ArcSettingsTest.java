package dev.docket.backends.arc;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.config.ConfigCheck;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The {@code [arc]} section: its values, and bad input named. */
class ArcSettingsTest {
  private static DocketConfig config(String... keysAndValues) {
    Map<String, String> section = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      section.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new DocketConfig(Optional.of(Path.of("/a/docket.cfg")), Path.of("/a"), OptionalInt.empty(),
        Map.of("arc", section));
  }

  @Test
  void everyKeyIsRead_pathsRelativeToTheFile() {
    ArcSettings s = ArcSettings.read(config("ce", "https://ce.example.org:443/arex", "queue", "grid",
        "proxy", "x509up", "xrsl", "(walltime = \"1 hour\")", "job-template", "/t/job.xrsl", "interface", "emies"));
    assertThat(s).isEqualTo(new ArcSettings("https://ce.example.org:443/arex", "grid", Optional.of(Path.of("/a/x509up")),
        "(walltime = \"1 hour\")", Optional.of(Path.of("/t/job.xrsl")), "emies"));
    assertThat(ArcSettings.read(config("ce", "ce.example.org")).ce()).isEqualTo("ce.example.org");
  }

  @Test
  void noSectionIsTheClientsDefaultsOverRest() {
    assertThat(ArcSettings.read(DocketConfig.empty(Path.of("/a")))).isEqualTo(ArcSettings.none());
    assertThat(ArcSettings.none().submissionInterface()).isEqualTo("arcrest");
  }

  @Test
  void anUnknownKeyIsBadInputNamingItAndTheKnownOnes() {
    BadInputException e = assertThrows(BadInputException.class, () -> ArcSettings.read(config("queu", "grid")));
    assertThat(e).hasMessageThat().isEqualTo("unknown key 'queu' in section [arc] of /a/docket.cfg (it has ce, queue,"
        + " proxy, xrsl, job-template, interface; add any other xRSL with xrsl)");
  }

  @Test
  void badValuesAreBadInputNamingTheKeyAndWhatItTakes() {
    assertThat(assertThrows(BadInputException.class, () -> ArcSettings.read(config("ce", "https://ce\" -C evil"))))
        .hasMessageThat().startsWith("bad value 'https://ce\" -C evil' for [arc] ce in /a/docket.cfg: expected the"
            + " computing element's host name or endpoint URL");
    assertThat(assertThrows(BadInputException.class, () -> ArcSettings.read(config("queue", "a\")(b"))))
        .hasMessageThat().contains("for [arc] queue in /a/docket.cfg: expected a queue name");
    assertThat(assertThrows(BadInputException.class, () -> ArcSettings.read(config("xrsl", "(a = 1))(b = 2"))))
        .hasMessageThat().endsWith("but a closing parenthesis has no opening one");
    assertThat(assertThrows(BadInputException.class, () -> ArcSettings.read(config("interface", "gridftp"))))
        .hasMessageThat().endsWith("expected one of arcrest, emies");
  }

  @Test
  void theSectionIsDeclaredThroughTheServiceLoaderAndCheckedUpFront() {
    ConfigCheck.check(config("queue", "grid"), List.of());
    assertThat(assertThrows(BadInputException.class, () -> ConfigCheck.check(config("queu", "grid"), List.of())))
        .hasMessageThat().contains("'queu'");
    assertThat(assertThrows(BadInputException.class, () -> ConfigCheck.check(config("interface", "x"), List.of())))
        .hasMessageThat().contains("[arc] interface");
  }

  @Test
  void aMissingProxyFileIsBadInputWhenTheBackendIsConfigured() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> new ArcBackend().configure(config("proxy", "/nonexistent/x509up")));
    assertThat(e).hasMessageThat().isEqualTo("cannot read the proxy file /nonexistent/x509up named by [arc] proxy in"
        + " /a/docket.cfg; make one with arcproxy, or fix the path");
  }
}
