package dev.docket.backends.arc;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.config.SectionReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code [arc]} section of {@code docket.cfg}: where jobs go and what their xRSL adds. An
 * unknown key is bad input, so that a typo ({@code queu}) does not silently send jobs elsewhere.
 *
 * @param ce the computing element, {@code arcsub -C} (a host name or an endpoint URL such as
 *     {@code https://ce.example.org:443/arex}); empty to use the ARC client's own configuration
 * @param queue the CE's queue for every job ({@code (queue = ...)}), or empty to let the CE choose
 * @param proxy the proxy file the ARC tools use ({@code X509_USER_PROXY}), or empty for theirs
 * @param xrsl extra xRSL relations added to every job, e.g. {@code (walltime = "1 hour")}
 * @param jobTemplate a replacement for the default xRSL template
 * @param submissionInterface {@code arcsub -T}: {@code arcrest} (ARC 6 and 7) or {@code emies}
 */
record ArcSettings(
    String ce, String queue, Optional<Path> proxy, String xrsl, Optional<Path> jobTemplate,
    String submissionInterface) {
  static final String SECTION = "arc";
  static final List<String> KEYS = List.of("ce", "queue", "proxy", "xrsl", "job-template", "interface");
  static final List<String> INTERFACES = List.of("arcrest", "emies");

  /** A host name, or an http(s) URL without blanks or quotes. */
  private static final Pattern CE = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]+)?|https?://[^\\s\"'()]+");
  private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9._@+-]+");

  static ArcSettings none() {
    return new ArcSettings("", "", Optional.empty(), "", Optional.empty(), "arcrest");
  }

  /**
   * Reads {@code [arc]}; relative paths are relative to the file's directory.
   *
   * @throws BadInputException for an unknown key or a bad value, naming it and where it is
   */
  static ArcSettings read(DocketConfig config) {
    SectionReader section = new SectionReader(config, SECTION)
        .requireKnownKeys(KEYS, "add any other xRSL with xrsl");
    String ce = section.checked("ce", CE, "the computing element's host name or endpoint URL, e.g."
        + " https://ce.example.org:443/arex");
    String queue = section.checked("queue", QUEUE, "a queue name of the CE (letters, digits, . _ @ + -), e.g. grid");
    // ARC's counterpart of the other backends' extra (ExtraOptions): xRSL relations that go into
    // the job description, not words of a submit command's command line.
    String xrsl = section.value("xrsl");
    Xrsl.checkRelations(xrsl).ifPresent(why -> {
      throw section.bad("xrsl", xrsl, "xRSL relations such as (walltime = \"1 hour\")(memory = 2000), but " + why);
    });
    String submissionInterface = section.values().containsKey("interface") ? section.value("interface") : "arcrest";
    if (!INTERFACES.contains(submissionInterface)) {
      throw section.bad("interface", submissionInterface, "one of " + String.join(", ", INTERFACES));
    }
    Optional<Path> proxy = section.path("proxy");
    Optional<Path> template = section.path("job-template");
    return new ArcSettings(ce, queue, proxy, xrsl, template, submissionInterface);
  }
}
