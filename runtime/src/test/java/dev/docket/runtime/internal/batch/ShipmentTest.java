package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.internal.config.ConfigLoader;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Shipment}: the command, directory and inputs of jobs by {@code [job] ship}. */
class ShipmentTest {
  @TempDir Path dir;
  final List<String> log = new ArrayList<>();

  private DocketConfig config(String text) throws IOException {
    Path conf = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(conf.resolve("my.cfg"), text);
    return new ConfigLoader(new Environment(Map.of("DOCKET_CONFIG", conf.resolve("my.cfg").toString()), dir)).load();
  }

  private JobCommand client() throws IOException {
    Path jar = BundleTest.jar(dir.resolve("lib/app.jar"), null, "org/example/Main.class");
    return new JobCommand("/client/jdk/bin/java", jar.toString(), "org.example.Main");
  }

  @Test
  void sharedJobsReadTheFileTheClientReadWhereverItCameFrom() throws IOException {
    DocketConfig config = config("[job]\nship = shared\n");
    JobCommand client = client();

    Shipment shipment = Shipment.prepare(JobSettings.read(config).shipping(), client, dir.resolve("sub"), log::add);

    assertThat(shipment.command()).isEqualTo(new JobCommand("/client/jdk/bin/java", client.classPath(),
        "org.example.Main", Optional.of(dir.resolve("elsewhere/my.cfg").toString())));
    assertThat(shipment.jobDirectory()).isEqualTo(Path.of("").toAbsolutePath());
    assertThat(shipment.startIn()).isEqualTo(Path.of("").toAbsolutePath());
    assertThat(shipment.inputs()).isEmpty();
    assertThat(Files.exists(dir.resolve("sub"))).isFalse();
  }

  @Test
  void sharedJobsOfAClientWithoutAFileLookAsTheClientDid() throws IOException {
    Shipment shipment = Shipment.prepare(
        Shipping.shared(DocketConfig.empty(dir)), client(), dir.resolve("sub"), log::add);

    assertThat(shipment.command().config()).isEmpty();
  }

  @Test
  void bundledJobsNameTheShippedFilesRelativeToTheirOwnDirectory() throws IOException {
    DocketConfig config = config("[job]\nship = bundle\n");
    JobCommand client = client();

    Shipment shipment = Shipment.prepare(JobSettings.read(config).shipping(), client, dir.resolve("sub"), log::add);

    Path bundle = dir.resolve("sub/bundle");
    assertThat(shipment.command()).isEqualTo(new JobCommand(
        "/client/jdk/bin/java", "00-app.jar", "org.example.Main", Optional.of("docket.cfg")));
    assertThat(shipment.jobDirectory()).isEqualTo(Path.of("."));
    assertThat(shipment.startIn()).isEqualTo(bundle);
    assertThat(shipment.inputs()).containsExactly(bundle.resolve("docket.cfg"), bundle.resolve("00-app.jar")).inOrder();
    assertThat(Files.readString(bundle.resolve("docket.cfg")))
        .isEqualTo("[job]\nship = bundle\n[core]\nstore = \"" + dir.resolve("elsewhere") + "\"\n");
    assertThat(log).hasSize(1);
    assertThat(log.get(0)).startsWith("packed the class path and configuration for the jobs"
        + " ([job] ship = bundle) into " + bundle + ": 2 files, ");
    assertThat(log.get(0)).endsWith(" MB, 2 new or changed");

    Shipment.prepare(JobSettings.read(config).shipping(), client, dir.resolve("sub"), log::add);
    assertThat(log).hasSize(1); // unchanged: nothing to say
  }

  @Test
  void theJavaOfTheJobsIsConfigurable() throws IOException {
    for (String ship : List.of("shared", "bundle")) {
      DocketConfig config = config("[job]\nship = " + ship + "\njava = java\n");

      Shipment shipment =
          Shipment.prepare(JobSettings.read(config).shipping(), client(), dir.resolve("sub"), log::add);

      assertThat(shipment.command().java()).isEqualTo("java");
    }
  }
}
