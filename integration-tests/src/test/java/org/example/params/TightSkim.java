package org.example.params;

import dev.docket.annotations.Param;
import dev.docket.annotations.Task;

/** A skim with its own default version: a @Task extending a @Task, overriding a parameter. */
@Task
class TightSkim extends JetSkim {
  @Param(defaultValue = "v2") String version;
}
