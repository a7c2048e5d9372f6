package dev.docket.backends.sandbox.singularity;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.testkit.RequiredService;
import dev.docket.testkit.SandboxProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command Docket gives singularity, run by the stand-in (bubblewrap over a directory image). */
class SingularitySandboxTest {
  private static final Path IMAGE = SandboxProbe.DIRECTORY_IMAGE;

  private static final Path JDK = SandboxProbe.JDK;

  @TempDir Path dir;

  private static SandboxLaunch launch(Path store) {
    return SandboxProbe.launch(store, store, Map.of("DOCKET_CONFIG", "/a/docket.cfg"));
  }

  @Test
  void execsTheLaunchInTheImageWithBindsAndTheWorkingDirectory() {
    SandboxSpec spec = new SandboxSpec("apptainer", "el9.sif");
    SandboxCommand command = new SingularitySandbox(spec, "/images/el9.sif",
        new SingularitySettings("apptainer", List.of("--cleanenv"))).command(launch(Path.of("/a/store")));

    List<String> words = command.command();
    assertThat(words.subList(0, 2)).containsExactly("apptainer", "exec").inOrder();
    assertThat(words).containsAtLeast("-B", JDK + ":" + JDK + ":ro").inOrder();
    Path classes = SandboxProbe.classes();
    assertThat(words).containsAtLeast("-B", classes + ":" + classes + ":ro").inOrder();
    assertThat(words).containsAtLeast("-B", "/a/store:/a/store").inOrder();
    int image = words.indexOf("/images/el9.sif");
    assertThat(words.subList(image - 3, image)).containsExactly("--pwd", "/a/store", "--cleanenv").inOrder();
    assertThat(words.get(image + 1)).isEqualTo(JDK.resolve("bin/java").toString());
    assertThat(command.environment()).containsEntry("APPTAINERENV_DOCKET_CONFIG", "/a/docket.cfg");
    assertThat(command.environment()).containsEntry("DOCKET_CONFIG", "/a/docket.cfg");
  }

  @Test
  void theStandInRunsTheLaunchInTheDirectoryImage() throws Exception {
    RequiredService.require(RequiredService.find("bwrap").isPresent(), "bwrap is not on PATH (the singularity stand-in runs it): apt-get install bubblewrap");
    RequiredService.require(Files.isDirectory(IMAGE), "no directory image at " + IMAGE + ": build it with scripts/sandbox-image.sh dir");
    Path store = Files.createDirectories(dir.resolve("store"));
    SingularitySandbox sandbox = new SingularitySandbox(new SandboxSpec("singularity", IMAGE.toString()),
        IMAGE.toString(), new SingularitySettings(StandIn.program().toString(), List.of()));
    sandbox.check();

    SandboxProbe.run(sandbox.command(launch(store)), store);
  }

  @Test
  void aMissingImageFileIsBadInputNamingTheSandboxAndTheFix() throws Exception {
    Path missing = dir.resolve("el9.sif");
    SingularitySandbox sandbox = new SingularitySandbox(new SandboxSpec("singularity", "el9.sif"),
        missing.toString(), new SingularitySettings(StandIn.program().toString(), List.of()));

    BadInputException e = assertThrows(BadInputException.class, sandbox::check);

    assertThat(e).hasMessageThat().isEqualTo("the sandbox singularity::el9.sif cannot start: there is no image "
        + missing + "; build it (singularity build " + missing + " <definition or docker://...>) or name the .sif"
        + " file or directory that holds it");
  }

  @Test
  void aMissingProgramIsBadInputNamingTheSetting() {
    SingularitySandbox sandbox = new SingularitySandbox(new SandboxSpec("apptainer", "docker://alma:9"),
        "docker://alma:9", new SingularitySettings("no-such-apptainer", List.of()));

    BadInputException e = assertThrows(BadInputException.class, sandbox::check);

    assertThat(e).hasMessageThat().isEqualTo("the sandbox apptainer::docker://alma:9 needs no-such-apptainer, which"
        + " is not on PATH; install apptainer, or set [sandbox.apptainer] executable to its path");
  }
}
