package dev.docket.jupyter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The kernel's channels and what it answers on them. Shell requests (cells, completion) are
 * served in order on the calling thread; control (interrupt, shutdown) and the heartbeat have
 * threads of their own, so that a long cell can be interrupted. Every socket binds to the
 * connection file's address, 127.0.0.1 as Jupyter writes it.
 */
final class Kernel {
  private final Connection connection;
  private final PrintStream log;
  private final Evaluator evaluator;
  private final ZContext context = new ZContext();
  private final Wire wire;
  private IoPub iopub;
  private int executionCount;
  private volatile boolean stopping;

  Kernel(Connection connection, Evaluator evaluator, PrintStream log) {
    this.connection = connection;
    this.evaluator = evaluator;
    this.log = log;
    this.wire = new Wire(new Signer(connection.key(), connection.scheme()));
  }

  /** Serves until a shutdown request. */
  void serve() {
    iopub = new IoPub(context, wire, connection.address(connection.iopub()));
    ZMQ.Socket stdin = context.createSocket(SocketType.ROUTER); // input() is not supported: bound, unused
    stdin.bind(connection.address(connection.stdin()));
    daemon("jupyter-heartbeat", () -> heartbeat(connection.address(connection.heartbeat())));
    daemon("jupyter-control", () -> serve(connection.address(connection.control())));
    serve(connection.address(connection.shell()));
  }

  private void serve(String address) {
    ZMQ.Socket socket = context.createSocket(SocketType.ROUTER);
    socket.bind(address);
    while (!stopping) {
      Message request;
      try {
        request = wire.read(socket);
      } catch (IOException | RuntimeException e) {
        if (stopping) {
          return;
        }
        log.println("docket kernel: a message it cannot read: " + e.getMessage());
        continue;
      }
      if (request == null) {
        log.println("docket kernel: a message with a wrong signature, ignored");
        continue;
      }
      iopub.status(request.header(), "busy");
      try {
        handle(socket, request);
      } catch (RuntimeException e) {
        // a bug of the kernel's: the client still gets its reply, or it would wait for ever
        log.println("docket kernel: " + request.type() + " failed: " + e);
        e.printStackTrace(log);
        ObjectNode error = Wire.JSON.createObjectNode();
        error.put("status", "error").put("ename", "KernelError")
            .put("evalue", "the kernel failed on " + request.type() + ": " + e)
            .put("execution_count", executionCount)
            .putArray("traceback").add("KernelError: the kernel failed on " + request.type() + ": " + e);
        wire.send(socket, wire.reply(request, request.type().replace("_request", "_reply"), error));
      }
      iopub.status(request.header(), "idle");
      if (request.type().equals("shutdown_request")) {
        shutdown();
      }
    }
  }

  private void handle(ZMQ.Socket socket, Message request) {
    ObjectNode content = Wire.JSON.createObjectNode();
    String type = request.type();
    switch (type) {
      case "kernel_info_request" -> KernelInfo.fill(content);
      case "execute_request" -> execute(request, content);
      case "is_complete_request" ->
          content.put("status", evaluator.completeness(request.content().path("code").asText()));
      case "complete_request" -> complete(request, content);
      case "inspect_request" -> content.put("status", "ok").put("found", false).putObject("data");
      case "history_request" -> content.put("status", "ok").putArray("history");
      case "comm_info_request" -> content.put("status", "ok").putObject("comms");
      case "interrupt_request" -> {
        evaluator.stop();
        content.put("status", "ok");
      }
      case "shutdown_request" ->
          content.put("status", "ok").put("restart", request.content().path("restart").asBoolean());
      default -> {
        log.println("docket kernel: " + type + " is not supported, ignored");
        return;
      }
    }
    wire.send(socket, wire.reply(request, type.replace("_request", "_reply"), content));
  }

  private void execute(Message request, ObjectNode reply) {
    String code = request.content().path("code").asText();
    boolean silent = request.content().path("silent").asBoolean(false);
    if (!silent) {
      executionCount++;
    }
    ObjectNode input = Wire.JSON.createObjectNode();
    input.put("code", code);
    input.put("execution_count", executionCount);
    iopub.publish(request.header(), "execute_input", input);
    Cell cell = new Cell(request.header(), iopub);
    Cell.begin(cell);
    Evaluator.Result result = evaluator.eval(code);
    System.out.flush();
    System.err.flush();
    cell.progress().finish();
    reply.put("execution_count", executionCount);
    if (result instanceof Evaluator.Failure failure) {
      ObjectNode error = Wire.JSON.createObjectNode();
      error.put("ename", failure.name());
      error.put("evalue", failure.message());
      error.putArray("traceback").add(failure.name() + ": " + failure.message());
      iopub.publish(request.header(), "error", error.deepCopy());
      reply.put("status", "error").setAll(error);
      return;
    }
    if (result instanceof Evaluator.Value value && !silent) {
      ObjectNode content = Wire.JSON.createObjectNode();
      content.put("execution_count", executionCount);
      content.set("data", Displays.bundle(value.object(), value.text()));
      content.putObject("metadata");
      iopub.publish(request.header(), "execute_result", content);
    }
    reply.put("status", "ok");
    reply.putObject("user_expressions");
    reply.putArray("payload");
  }

  private void complete(Message request, ObjectNode reply) {
    String code = request.content().path("code").asText();
    int cursor = Math.min(request.content().path("cursor_pos").asInt(code.length()), code.length());
    Evaluator.Completions completions = evaluator.complete(code, cursor);
    ArrayNode matches = reply.putArray("matches");
    completions.matches().forEach(matches::add);
    reply.put("cursor_start", completions.start());
    reply.put("cursor_end", cursor);
    reply.putObject("metadata");
    reply.put("status", "ok");
  }

  private void heartbeat(String address) {
    ZMQ.Socket socket = context.createSocket(SocketType.REP);
    socket.bind(address);
    while (!stopping) {
      byte[] ping = socket.recv();
      if (ping == null) {
        return;
      }
      socket.send(ping);
    }
  }

  private void shutdown() {
    stopping = true;
    iopub.close();
    evaluator.close();
    // the sockets' threads are blocked in recv(): ending the process is the way out
    Runtime.getRuntime().halt(0);
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }
}
