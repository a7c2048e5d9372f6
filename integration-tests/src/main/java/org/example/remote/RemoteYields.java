package org.example.remote;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.RemoteFileTarget;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Combines the histograms of several datasets into one table of yields. */
@Task
class RemoteYields {
  @Param(defaultValue = "ttbar,wjets")
  List<String> datasets;

  @Param(defaultValue = "v1")
  String version;

  @Param(defaultValue = "8")
  int chunks;

  @Requires
  List<RemoteHistogram> histograms() {
    List<RemoteHistogram> all = new ArrayList<>();
    for (String dataset : datasets) {
      all.add(RemoteHistogram_Builder.req(this).dataset(dataset).build());
    }
    return all;
  }

  @Output
  RemoteFileTarget yields() {
    return RemoteFileTarget.of("out", "combined", version, "yields.csv");
  }

  void run() throws Exception {
    // Written through a stream, which is uploaded when it is closed.
    try (OutputStream stream = yields().newOutputStream();
        PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8)) {
      out.println("dataset,events");
      for (RemoteHistogram histogram : histograms()) {
        int total = histogram.histogram().readString().lines().skip(1)
            .mapToInt(line -> Integer.parseInt(line.split(",")[1])).sum();
        out.println(histogram.dataset + "," + total);
      }
    }
  }
}
