package org.example.remote;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.RemoteFileTarget;
import java.util.Random;

/** Generates synthetic events of one dataset onto remote storage: one jet pt per line. */
@Task
class RemoteEvents {
  @Param(defaultValue = "ttbar")
  String dataset;

  @Param(defaultValue = "v1")
  String version;

  @Param(defaultValue = "200")
  int events;

  @Output
  RemoteFileTarget events() {
    return RemoteFileTarget.of("out", "events", version, dataset + ".csv");
  }

  void run() throws Exception {
    Random random = new Random(dataset.hashCode());
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < events; i++) {
      csv.append(String.format("%.2f", 30 + Math.abs(random.nextGaussian()) * 60)).append('\n');
    }
    events().writeString(csv.toString());
  }
}
