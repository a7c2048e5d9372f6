package dev.docket.jupyter;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The kernel_info_reply: who this kernel is and what language it speaks. */
final class KernelInfo {
  private KernelInfo() {}

  static void fill(ObjectNode content) {
    content.put("status", "ok");
    content.put("protocol_version", "5.3");
    content.put("implementation", "docket");
    String version = KernelInfo.class.getPackage().getImplementationVersion();
    content.put("implementation_version", version == null ? "dev" : version);
    ObjectNode language = content.putObject("language_info");
    language.put("name", "java");
    language.put("version", Runtime.version().toString());
    language.put("mimetype", "text/x-java");
    language.put("file_extension", ".jshell");
    language.put("codemirror_mode", "text/x-java");
    content.put("banner", "Docket kernel: Java " + Runtime.version().feature()
        + " (JShell) with the analysis on the class path");
    content.putArray("help_links");
  }
}
