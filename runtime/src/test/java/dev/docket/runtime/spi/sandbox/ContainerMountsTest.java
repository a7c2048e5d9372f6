package dev.docket.runtime.spi.sandbox;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerMountsTest {
  @TempDir Path dir;

  @Test
  void findsTheDirectoriesOutsideTheJdkThatItsLinksPointInto() throws IOException {
    Path jdk = Files.createDirectories(dir.resolve("jdk"));
    Path etc = Files.createDirectories(dir.resolve("etc/java/security"));
    Files.writeString(etc.resolve("java.security"), "");
    Files.writeString(etc.getParent().resolve("jvm.cfg"), "");
    Files.createDirectories(jdk.resolve("lib"));
    Files.createDirectories(jdk.resolve("conf/security"));
    Files.createSymbolicLink(jdk.resolve("lib/jvm.cfg"), etc.getParent().resolve("jvm.cfg"));
    Files.createSymbolicLink(jdk.resolve("conf/security/java.security"), etc.resolve("java.security"));
    Files.createSymbolicLink(jdk.resolve("lib/src.zip"), dir.resolve("nowhere/src.zip"));
    Files.writeString(jdk.resolve("lib/inside"), "");
    Files.createSymbolicLink(jdk.resolve("lib/also-inside"), jdk.resolve("lib/inside"));

    assertThat(ContainerMounts.jdkOutside(jdk)).containsExactly(etc.getParent().toRealPath());
  }

  @Test
  void theRunningJdkStartsWithItsOutsideLinksBound() throws IOException {
    Path jdk = Path.of(System.getProperty("java.home"));
    Path jvmCfg = jdk.resolve("lib/jvm.cfg");
    List<Path> outside = ContainerMounts.jdkOutside(jdk);
    if (Files.isSymbolicLink(jvmCfg)) { // Debian's JDK: /etc/java-17-openjdk
      Path target = jvmCfg.toRealPath();
      assertThat(outside.stream().anyMatch(target::startsWith)).isTrue();
    } else {
      assertThat(outside.stream().noneMatch(path -> path.startsWith("/etc"))).isTrue();
    }
  }

  @Test
  void bindsEachTargetOnceWritableIfAnyIsAndParentsFirst() {
    List<SandboxMount> mounts = ContainerMounts.normalized(List.of(
        SandboxMount.same(Path.of("/a/store/sub"), false),
        SandboxMount.same(Path.of("/a/store"), false),
        SandboxMount.same(Path.of("/a/store/"), true),
        SandboxMount.same(Path.of("/a"), false)));

    assertThat(mounts).containsExactly(
        SandboxMount.same(Path.of("/a"), false),
        SandboxMount.same(Path.of("/a/store"), true),
        SandboxMount.same(Path.of("/a/store/sub"), false)).inOrder();
  }

  @Test
  void aLinkIntoATopLevelDirectoryIsNotBoundOverTheImagesOwn() throws IOException {
    Path jdk = Files.createDirectories(dir.resolve("jdk2/conf"));
    Path top = Path.of("/etc/hostname").toRealPath();
    Path second = Path.of("/bin/sh").toRealPath(); // /usr/bin/dash: two levels down
    Files.createSymbolicLink(jdk.resolve("hostname"), top);
    Files.createSymbolicLink(jdk.resolve("sh"), second);

    assertThat(top.getParent().getNameCount()).isEqualTo(1);
    assertThat(second.getParent().getNameCount()).isEqualTo(2);
    assertThat(ContainerMounts.jdkOutside(jdk.getParent())).containsExactly(second.getParent());
  }

  @Test
  void aJdkThatCannotBeReadIsNamed() {
    Path missing = dir.resolve("no-jdk");

    java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(
        java.io.UncheckedIOException.class, () -> ContainerMounts.jdkOutside(missing));

    assertThat(e).hasMessageThat().startsWith("cannot read the JDK at " + missing);
  }

  @Test
  void aTargetBoundTwiceKeepsItsFirstSource() {
    Path target = Path.of("/data");
    List<SandboxMount> mounts = ContainerMounts.normalized(List.of(
        new SandboxMount(Path.of("/first/./data"), target, false),
        new SandboxMount(Path.of("/second"), target, true),
        new SandboxMount(Path.of("/third"), target, false)));

    assertThat(mounts).containsExactly(new SandboxMount(Path.of("/first/data"), target, true));
  }

  @Test
  void aLaunchBindsItsMountsAndTheJdksOutsideDirectories() {
    Path javaHome = Path.of(System.getProperty("java.home"));
    SandboxLaunch launch = new SandboxLaunch(List.of(javaHome.resolve("bin/java").toString()),
        java.util.Map.of(), Path.of("/a"), javaHome, List.of(), Path.of("/a/store"),
        List.of(SandboxMount.same(Path.of("/a/store"), true), SandboxMount.same(javaHome, false)));

    List<SandboxMount> mounts = ContainerMounts.of(launch);

    for (Path outside : ContainerMounts.jdkOutside(javaHome)) {
      assertThat(mounts).contains(SandboxMount.same(outside, false));
    }
    assertThat(mounts).containsAtLeast(SandboxMount.same(Path.of("/a/store"), true),
        SandboxMount.same(javaHome, false));
    assertThat(mounts).hasSize(2 + ContainerMounts.jdkOutside(javaHome).size());
  }
}
