package org.example.remote;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.workflow.Branches;
import dev.docket.runtime.workflow.Workflow;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Keeps the events above a pt cut, chunk by chunk: a workflow whose branches write remotely. */
@Task
class RemoteSkim implements Workflow<Integer> {
  /** The branch to run; -1, the default, is the whole workflow. */
  @Param(defaultValue = "-1")
  int branch;

  @Param(defaultValue = "ttbar")
  String dataset;

  @Param(defaultValue = "v1")
  String version;

  /** The number of chunks, i.e. branches. */
  @Param(defaultValue = "8")
  int chunks;

  @Requires RemoteEvents events;

  @Override
  public Map<Integer, Integer> branchMap() {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      starts.add(i * 25);
    }
    return Branches.of(starts);
  }

  @Override
  public Collection<?> workflowRequires() {
    return List.of(RemoteEvents_Builder.req(this).build());
  }

  @Output
  RemoteFileTarget skimmed() {
    return RemoteFileTarget.of("out", "skim", version, dataset, branch + ".txt");
  }

  void run() throws Exception {
    int start = branchMap().get(branch);
    StringBuilder kept = new StringBuilder();
    // Read through a stream, as a library that wants one would.
    try (BufferedReader reader = events.events().newReader()) {
      reader.lines().skip(start).limit(25).filter(line -> Double.parseDouble(line) > 50)
          .forEach(line -> kept.append(line).append('\n'));
    }
    skimmed().writeString(kept.toString());
  }
}
