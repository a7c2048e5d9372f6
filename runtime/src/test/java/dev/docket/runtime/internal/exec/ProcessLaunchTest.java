package dev.docket.runtime.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProcessLaunchTest {
  @Test
  void vforkOnLinuxBelowJava25Only() {
    assertEquals("VFORK", ProcessLaunch.choice(null, "Linux", 17));
    assertEquals("VFORK", ProcessLaunch.choice(null, "Linux", 24));
    assertNull(ProcessLaunch.choice(null, "Linux", 25), "deprecated there: it would print a warning");
    assertNull(ProcessLaunch.choice(null, "Mac OS X", 17));
    assertNull(ProcessLaunch.choice(null, null, 17));
  }

  @Test
  void theUsersChoiceStands() {
    assertNull(ProcessLaunch.choice("POSIX_SPAWN", "Linux", 17));
    assertNull(ProcessLaunch.choice("", "Linux", 17));
  }

  @Test
  void theGeneratedMainsCallSetsTheChoiceUnlessTheUserMadeOne() {
    String before = System.getProperty(ProcessLaunch.PROPERTY);
    try {
      System.clearProperty(ProcessLaunch.PROPERTY);
      ProcessLaunch.preferVfork();
      assertEquals(
          ProcessLaunch.choice(null, System.getProperty("os.name"), Runtime.version().feature()),
          System.getProperty(ProcessLaunch.PROPERTY));
      System.setProperty(ProcessLaunch.PROPERTY, "POSIX_SPAWN");
      ProcessLaunch.preferVfork();
      assertEquals("POSIX_SPAWN", System.getProperty(ProcessLaunch.PROPERTY));
    } finally {
      if (before == null) {
        System.clearProperty(ProcessLaunch.PROPERTY);
      } else {
        System.setProperty(ProcessLaunch.PROPERTY, before);
      }
    }
  }
}
