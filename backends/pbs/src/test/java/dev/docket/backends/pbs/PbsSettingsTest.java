package dev.docket.backends.pbs;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.config.ConfigCheck;
import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code [pbs]} section: #PBS lines, qsub options, the template; bad input named. */
class PbsSettingsTest {
  @TempDir Path dir;

  private DocketConfig config(String... keysAndValues) {
    Map<String, String> section = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      section.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new DocketConfig(Optional.of(dir.resolve("docket.cfg")), dir, OptionalInt.empty(), Map.of("pbs", section));
  }

  private String message(String... keysAndValues) {
    return assertThrows(BadInputException.class, () -> PbsSettings.read(config(keysAndValues))).getMessage();
  }

  @Test
  void everyKeyBecomesItsDirective_andExtraIsSplitLikeAShell() {
    PbsSettings settings = PbsSettings.read(config(
        "extra", "-h -W group_list='cms users' -m n", "account", "cms-2026", "resources", "mem=4gb,place=scatter",
        "select", "2:ncpus=4:mem=2gb+1:ncpus=1", "walltime", "12:00:00", "queue", "short@pbs01"));
    assertThat(settings.directives()).containsExactly(
        "#PBS -q short@pbs01", "#PBS -l walltime=12:00:00", "#PBS -l select=2:ncpus=4:mem=2gb+1:ncpus=1",
        "#PBS -l mem=4gb,place=scatter", "#PBS -A cms-2026").inOrder();
    assertThat(settings.extra()).containsExactly("-h", "-W", "group_list=cms users", "-m", "n").inOrder();
    assertThat(PbsSettings.read(DocketConfig.empty(dir))).isEqualTo(PbsSettings.none());
  }

  @Test
  void badValuesAreNamedWithTheirLineAndTheForm() {
    String where = dir.resolve("docket.cfg").toString();
    assertThat(message("walltime", "2h")).isEqualTo("bad value '2h' for [pbs] walltime in " + where
        + ": expected PBS's duration: seconds (3600), minutes:seconds or hours:minutes:seconds (2:00:00), not 2h");
    assertThat(message("select", "select=1:ncpus=4")).contains("bad value 'select=1:ncpus=4' for [pbs] select");
    assertThat(message("select", "1:ncpus=4 -q x")).contains("expected PBS's select syntax");
    assertThat(message("queue", "work q")).contains("bad value 'work q' for [pbs] queue");
    assertThat(message("resources", "mem=4gb;touch x")).isNotEmpty();
    assertThat(message("account", "a b")).contains("[pbs] account");
    assertThat(message("extra", "-W 'open")).contains("a single quote is not closed");
    assertThat(message("extra", "-m n -J 0-9")).contains("qsub options other than -J, which Docket sets itself");
    assertThat(message("extra", "-ofile")).contains("other than -o,");
    assertThat(message("extra", "-- /bin/true")).contains("no -- and no command");
    assertThat(message("walltme", "1:00:00")).isEqualTo("unknown key 'walltme' in section [pbs] of " + where
        + " (it has queue, walltime, select, resources, account, extra, job-template; pass any other qsub option with extra)");
  }

  @Test
  void theSectionIsDeclaredThroughTheServiceLoaderAndCheckedUpFront() throws Exception {
    ConfigCheck.check(config("queue", "workq"), List.of());
    assertThat(assertThrows(BadInputException.class, () -> ConfigCheck.check(config("qeue", "workq"), List.of())))
        .hasMessageThat().contains("unknown key 'qeue' in section [pbs] of " + dir.resolve("docket.cfg") + "; did you mean queue?");
    // A template with a placeholder Docket does not know fails the check, before any run.
    Files.writeString(dir.resolve("mine.pbs"), "#!/bin/sh\n#PBS -N {{name}}\n#PBS -l {{memory}}\n");
    assertThat(assertThrows(BadInputException.class,
            () -> ConfigCheck.check(config("job-template", "mine.pbs"), List.of())))
        .hasMessageThat().isEqualTo("the PBS job template has the unknown placeholder {{memory}}; use {{directives}},"
            + " {{job_file}}, {{job_index}}, {{logs}}, {{name}}, {{task}}, {{workdir}}");
    assertThat(assertThrows(BadInputException.class,
            () -> new PbsBackend().configure(config("job-template", "missing.pbs"))))
        .hasMessageThat().startsWith("cannot read the job template " + dir.resolve("missing.pbs")
            + " named by [pbs] job-template in docket.cfg");
  }

  @Test
  void theDefaultScriptHasTheDirectives_theJobsLog_andQuotedPaths() {
    PbsSettings settings = PbsSettings.read(config("queue", "short", "walltime", "1:00:00"));
    Path odd = dir.resolve("it's $(here)");
    JobSubmission submission = new JobSubmission(odd.resolve("job.sh"), odd, List.of(0), "docket-Skim", odd);
    String script = PbsScript.render(PbsScript.template(settings), settings, submission, "\"$I\"");
    assertThat(script).startsWith("#!/bin/sh\n");
    assertThat(script).contains("\n#PBS -N docket-Skim\n#PBS -j oe\n#PBS -q short\n#PBS -l walltime=1:00:00\n");
    String quoted = "'" + odd.toString().replace("'", "'\\''");
    assertThat(script).contains("index=\"$I\"\n");
    assertThat(script).contains("exec >>" + quoted + "/logs'/job-\"$index\".log 2>&1\n");
    assertThat(script).contains("\ncd " + quoted + "' || exit 3\nexec /bin/sh " + quoted + "/job.sh'\n");
  }

  @Test
  void aUsersTemplateReplacesTheDefault() throws Exception {
    Files.writeString(dir.resolve("site.pbs"), "#!/bin/sh\n#PBS -N {{name}}\n#PBS -l site=yes\n{{directives}}\n"
        + "I={{job_index}} exec /bin/sh {{job_file}}\n");
    PbsSettings settings = PbsSettings.read(config("job-template", "site.pbs", "account", "cms"));
    assertThat(settings.template()).hasValue(dir.resolve("site.pbs"));
    JobSubmission submission = new JobSubmission(dir.resolve("job.sh"), dir, List.of(0), "9 lives", dir);
    assertThat(PbsScript.render(PbsScript.template(settings), settings, submission, "1"))
        .isEqualTo("#!/bin/sh\n#PBS -N d9_lives\n#PBS -l site=yes\n#PBS -A cms\nI=1 exec /bin/sh '" + dir.resolve("job.sh") + "'\n");
  }
}
