package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.internal.config.ConfigLoader;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ShippedConfig}: the copy of docket.cfg a bundle carries, read where a job starts,
 * has the client's values and the client's store.
 */
class ShippedConfigTest {
  @TempDir Path dir;

  private DocketConfig client(String text) throws IOException {
    Path conf = Files.createDirectories(dir.resolve("client/conf"));
    Files.writeString(conf.resolve("docket.cfg"), text);
    return new ConfigLoader(new Environment(
        Map.of("DOCKET_CONFIG", "conf/docket.cfg", "TMPDIR", "/client-tmp"), dir.resolve("client"))).load();
  }

  /** The shipped text as a job reads it: in a directory of its own, with its own environment. */
  private DocketConfig job(DocketConfig client, Map<String, String> environment) throws IOException {
    Path scratch = Files.createDirectories(dir.resolve("job-scratch"));
    Files.write(scratch.resolve("docket.cfg"), ShippedConfig.text(client));
    return new ConfigLoader(new Environment(environment, scratch)).load();
  }

  @Test
  void aRelativeStoreBecomesTheClientsStoreAndEveryOtherValueStaysAsWritten() throws IOException {
    DocketConfig client = client("""
        [core]
        store = ../data
        workers = 3

        [fs.eos]
        base = root://eos.example//eos/user/a
        cache = ${env:TMPDIR}/docket-cache

        [ttbar.Skim]
        label = shipped
        """);

    DocketConfig job = job(client, Map.of("TMPDIR", "/job-tmp"));

    assertThat(client.store()).isEqualTo(dir.resolve("client/data"));
    assertThat(job.store()).isEqualTo(client.store());
    assertThat(job.workers()).isEqualTo(client.workers());
    assertThat(job.section("fs.eos")).containsExactly(
        "base", "root://eos.example//eos/user/a", "cache", "/job-tmp/docket-cache").inOrder();
    assertThat(job.section("ttbar.Skim")).containsExactly("label", "shipped");
  }

  @Test
  void withoutAStoreKeyTheStoreIsTheConfigurationsDirectory_andSoItStaysForTheJob() throws IOException {
    DocketConfig withCore = client("[core]\nworkers = 2\n[job]\nship = bundle\n");
    assertThat(job(withCore, Map.of()).store()).isEqualTo(dir.resolve("client/conf"));
    assertThat(job(withCore, Map.of()).section("job")).containsExactly("ship", "bundle");

    DocketConfig withoutCore = client("[job]\nship = bundle\n");
    assertThat(job(withoutCore, Map.of()).store()).isEqualTo(dir.resolve("client/conf"));
  }

  @Test
  void withoutAFileTheJobGetsTheClientsWorkingDirectoryAsItsStore() throws IOException {
    DocketConfig none = DocketConfig.empty(dir.resolve("client"));

    DocketConfig job = job(none, Map.of());

    assertThat(job.store()).isEqualTo(dir.resolve("client"));
    assertThat(job.sections().keySet()).containsExactly("core");
  }

  @Test
  void aStorePathWithCharactersTheIniReaderOrDocketWouldReadIsQuoted() throws IOException {
    Path odd = dir.resolve("a b;c #d $e ${env:X} \"f\" \\g h");
    DocketConfig client = new DocketConfig(
        java.util.Optional.empty(), odd, java.util.OptionalInt.empty(), Map.of());

    assertThat(job(client, Map.of()).store()).isEqualTo(odd);
  }

  @Test
  void jobStoreNamesTheStoreOfBundledJobsRelativeToTheirDirectoryAndExpandedThere() throws IOException {
    DocketConfig client = client("[core]\nstore = ../data\n");
    Path scratch = dir.resolve("job-scratch");

    assertThat(job(client, Map.of(), java.util.Optional.of(".")).store()).isEqualTo(scratch);
    assertThat(job(client, Map.of("SCRATCH", "/scratch/7"), java.util.Optional.of("${env:SCRATCH}/store")).store())
        .isEqualTo(Path.of("/scratch/7/store"));
  }

  private DocketConfig job(DocketConfig client, Map<String, String> environment, java.util.Optional<String> store)
      throws IOException {
    Path scratch = Files.createDirectories(dir.resolve("job-scratch"));
    Files.write(scratch.resolve("docket.cfg"), ShippedConfig.text(client, store));
    return new ConfigLoader(new Environment(environment, scratch)).load();
  }
}
