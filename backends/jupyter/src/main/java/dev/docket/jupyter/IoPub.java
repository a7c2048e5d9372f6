package dev.docket.jupyter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The IOPub channel: status, outputs and results for every client. Any thread publishes (a
 * cell's code, a run's workers); one thread owns the socket, since ZeroMQ sockets are not
 * thread-safe, and sends in the order messages were published.
 */
final class IoPub {
  private static final Message STOP = new Message(java.util.List.of(), null, null, null, null);

  private final Wire wire;
  private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
  private final CountDownLatch stopped = new CountDownLatch(1);

  IoPub(ZContext context, Wire wire, String address) {
    this.wire = wire;
    CountDownLatch bound = new CountDownLatch(1);
    Thread thread = new Thread(() -> {
      ZMQ.Socket socket = context.createSocket(SocketType.PUB);
      socket.bind(address);
      bound.countDown();
      try {
        for (Message message = take(); message != STOP; message = take()) {
          wire.send(socket, message);
        }
      } finally {
        stopped.countDown();
      }
    }, "jupyter-iopub");
    thread.setDaemon(true);
    thread.start();
    awaitUninterruptibly(bound);
  }

  void publish(ObjectNode parentHeader, String type, ObjectNode content) {
    queue.add(wire.publish(parentHeader, type, content));
  }

  /** {@code busy} or {@code idle}, about the request {@code parentHeader}. */
  void status(ObjectNode parentHeader, String state) {
    ObjectNode content = Wire.JSON.createObjectNode();
    content.put("execution_state", state);
    publish(parentHeader, "status", content);
  }

  /** Sends what is queued, then stops. */
  void close() {
    queue.add(STOP);
    awaitUninterruptibly(stopped);
  }

  private Message take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      return STOP;
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
