package dev.docket.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Source files shared by the tests: a small analysis like the one in DESIGN.md. */
final class Samples {
  private Samples() {}

  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  static final JavaFileObject COLOR = source("org.example.ttbar.Channel",
      "package org.example.ttbar;",
      "",
      "public enum Channel { MUON, ELECTRON }");

  static final JavaFileObject SELECTION = source("org.example.ttbar.Selection",
      "package org.example.ttbar;",
      "",
      "import dev.docket.annotations.Output;",
      "import dev.docket.annotations.Param;",
      "import dev.docket.annotations.Task;",
      "import dev.docket.runtime.LocalFileTarget;",
      "import java.time.Duration;",
      "import java.util.List;",
      "",
      "/** Selects events of one dataset. More text that is not the description. */",
      "@Task",
      "class Selection {",
      "  /** The dataset to select from. */",
      "  @Param String dataset;",
      "  @Param(defaultValue = \"4\") int minJets;",
      "  @Param(defaultValue = \"v1\") String version;",
      "  @Param(defaultValue = \"muon\", description = \"The lepton channel.\") Channel channel;",
      "  @Param(defaultValue = \"a,b\") List<String> tags;",
      "  @Param(defaultValue = \"5m\", significant = false) Duration timeout;",
      "",
      "  @Output LocalFileTarget events() {",
      "    return LocalFileTarget.of(\"sel\", version, dataset + \".json\");",
      "  }",
      "",
      "  void run() throws Exception {",
      "    events().writeString(\"events of \" + dataset);",
      "  }",
      "}");

  static final JavaFileObject RECONSTRUCTION = source("org.example.ttbar.Reconstruction",
      "package org.example.ttbar;",
      "",
      "import dev.docket.annotations.Output;",
      "import dev.docket.annotations.Param;",
      "import dev.docket.annotations.Requires;",
      "import dev.docket.annotations.Task;",
      "import dev.docket.runtime.LocalFileTarget;",
      "",
      "/** Reconstructs the selected events. */",
      "@Task",
      "class Reconstruction {",
      "  @Param String dataset;",
      "  @Param(defaultValue = \"v1\") String version;",
      "  @Param(defaultValue = \"6\") long minJets;",
      "",
      "  @Requires Selection selection;",
      "",
      "  @Output LocalFileTarget output() {",
      "    return LocalFileTarget.of(\"reco\", version, dataset + \".json\");",
      "  }",
      "",
      "  void run() throws Exception {",
      "    output().writeString(selection.events().readString().toUpperCase());",
      "  }",
      "}");

  static final JavaFileObject MERGE = source("org.example.ttbar.Merge",
      "package org.example.ttbar;",
      "",
      "import dev.docket.annotations.Output;",
      "import dev.docket.annotations.Param;",
      "import dev.docket.annotations.Requires;",
      "import dev.docket.annotations.Task;",
      "import dev.docket.runtime.LocalFileTarget;",
      "import dev.docket.runtime.TaskContext;",
      "import java.util.ArrayList;",
      "import java.util.List;",
      "import java.util.Map;",
      "",
      "@Task(namespace = \"ttbar\", description = \"Merges the reconstructed datasets.\",",
      "    priority = 10, retries = 2, retryDelay = \"30s\", timeout = \"2h\",",
      "    resources = {\"db=1\", \"memory=4G\", \"cpu=2\"})",
      "class Merge {",
      "  @Param(defaultValue = \"ttbar,wjets\") List<String> datasets;",
      "  @Param(defaultValue = \"v1\") String version;",
      "",
      "  @Requires List<Reconstruction> inputs() {",
      "    List<Reconstruction> inputs = new ArrayList<>();",
      "    for (String dataset : datasets) {",
      "      inputs.add(Reconstruction_Builder.req(this).dataset(dataset).build());",
      "    }",
      "    return inputs;",
      "  }",
      "",
      "  @Output LocalFileTarget merged() {",
      "    return LocalFileTarget.of(\"merged\", version + \".txt\");",
      "  }",
      "",
      "  @Output Map<String, LocalFileTarget> plots() {",
      "    return Map.of(\"pt\", LocalFileTarget.of(\"plots\", version, \"pt.png\"));",
      "  }",
      "",
      "  void run(TaskContext context) throws Exception {",
      "    context.log(\"merged \" + datasets.size() + \" datasets\");",
      "  }",
      "}");

  static JavaFileObject[] analysis() {
    return new JavaFileObject[] {COLOR, SELECTION, RECONSTRUCTION, MERGE};
  }
}
