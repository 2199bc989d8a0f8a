package org.liaison.bench.exchange;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The baseline: the same 1 KiB payloads POSTed synchronously, unsigned, without outbox or policy, to a bare
 * JDK HTTP server that inserts each into a PostgreSQL table of the same server (the sender's, in a schema of
 * its own) and answers 200.
 */
final class PlainBaseline implements AutoCloseable {

    private final HikariDataSource pool;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    PlainBaseline(DataSource superuser) throws Exception {
        var config = new HikariConfig();
        config.setDataSource(superuser);
        config.setMaximumPoolSize(20);
        pool = new HikariDataSource(config);
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("create schema if not exists baseline");
            statement.execute("drop table if exists baseline.message");
            statement.execute("create table baseline.message (id uuid primary key, body text not null, received_at timestamptz not null)");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/messages", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes());
            try (var connection = pool.getConnection();
                 var insert = connection.prepareStatement("insert into baseline.message values (?, ?, now())")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, body);
                insert.executeUpdate();
                exchange.sendResponseHeaders(200, -1);
            } catch (java.sql.SQLException e) {
                exchange.sendResponseHeaders(500, -1);
            }
            exchange.close();
        });
        server.start();
    }

    Result run(int rate, int seconds, String body) throws InterruptedException {
        var latencies = Collections.synchronizedList(new ArrayList<Double>());
        var uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/messages");
        var json = "{\"subject\":\"Bench\",\"body\":\"" + body + "\"}";
        long start = System.nanoTime();
        new Pacer(rate, Duration.ofSeconds(seconds)).run(() -> {
            long t0 = System.nanoTime();
            try {
                var response = client.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    latencies.add((System.nanoTime() - t0) / 1e6);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(latencies.size() / elapsed, Latencies.of(latencies));
    }

    @Override
    public void close() {
        server.stop(0);
        pool.close();
    }

    record Result(double rate, Latencies latencies) {
    }
}
