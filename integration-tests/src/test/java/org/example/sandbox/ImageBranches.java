package org.example.sandbox;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.workflow.Branches;
import dev.docket.runtime.workflow.Workflow;
import java.nio.file.Files;
import java.util.Map;

/** A workflow whose branches copy the test image's own file, as {@link ImageFile} does. */
@Task
class ImageBranches implements Workflow<Integer> {
  /** The branch to run; -1, the default, is the whole workflow. */
  @Param(defaultValue = "-1") int branch;

  @Param(defaultValue = "2") int count;

  @Override
  public Map<Integer, Integer> branchMap() {
    return Branches.of(java.util.stream.IntStream.range(0, count).boxed().toList());
  }

  @Output
  LocalFileTarget copy() {
    return LocalFileTarget.of("sandbox", "branch-" + branch + ".txt");
  }

  void run() throws Exception {
    String seen = Files.exists(ImageFile.IN_IMAGE) ? Files.readString(ImageFile.IN_IMAGE).strip() : "absent";
    copy().writeString("image=" + seen + "\n");
  }
}
