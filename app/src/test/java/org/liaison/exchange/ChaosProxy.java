package org.liaison.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between two nodes that can pass traffic, delay every chunk, freeze (hold bytes without
 * closing, so callers hit their timeouts) or cut (close every connection and refuse new ones).
 */
final class ChaosProxy implements AutoCloseable {

    enum Mode { PASS, DELAY, FREEZE, CUT }

    private final ServerSocket server;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.PASS;
    private volatile boolean running = true;

    ChaosProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        Thread.ofVirtual().name("chaos-accept").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    synchronized void set(Mode next) {
        mode = next;
        if (next == Mode.CUT) {
            open.forEach(ChaosProxy::closeQuietly);
            open.clear();
        }
        notifyAll();
    }

    private void accept() {
        while (running) {
            try {
                var client = server.accept();
                if (mode == Mode.CUT) {
                    client.close();
                    continue;
                }
                var upstream = new Socket("127.0.0.1", targetPort);
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        var buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                awaitNotFrozen();
                if (mode == Mode.DELAY) {
                    Thread.sleep(20); // the fault being injected: latency on every chunk
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // a cut or a closed peer ends this direction; the other side notices on its own
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private synchronized void awaitNotFrozen() throws InterruptedException {
        while (mode == Mode.FREEZE && running) {
            wait(100);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        server.close();
        open.forEach(ChaosProxy::closeQuietly);
    }
}
