package newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a genuine Neo4j 5.26 Community engine with the Bolt connector on 127.0.0.1, authentication
 * on, until the process receives SIGTERM/SIGINT. Arguments come from system properties so the
 * TypeScript manager (src/db/local-neo4j.ts) owns every decision:
 *   -Dnewsgraph.home=DIR  -Dnewsgraph.boltPort=7687  -Dnewsgraph.pageCache=512m
 * The password comes from the environment (NEWSGRAPH_NEO4J_PASSWORD), never from the command line,
 * which every user of the machine can read with `ps`.
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) {
    Path home = Path.of(required("newsgraph.home")).toAbsolutePath();
    int port = Integer.parseInt(System.getProperty("newsgraph.boltPort", "7687"));
    String host = System.getProperty("newsgraph.boltHost", "127.0.0.1");
    String password = System.getenv("NEWSGRAPH_NEO4J_PASSWORD");
    if (password == null || password.isBlank()) {
      throw new IllegalArgumentException("missing NEWSGRAPH_NEO4J_PASSWORD in the environment");
    }
    long pageCache = parseBytes(System.getProperty("newsgraph.pageCache", "512m"));

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            // A bulk ingest grows the graph's counts fast, and Cypher replans every statement whose
            // statistics moved once per interval (then compiles its expressions again once hot); at
            // Neo4j's default of 10 s that planning is a large share of the server's CPU during an
            // ingest (measured, and how to measure it: docs/scaling.md, "Settings that matter").
            .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofSeconds(60))
            .build();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("newsgraph-neo4j: shutting down");
                  dbms.shutdown();
                  System.out.println("newsgraph-neo4j: stopped");
                },
                "neo4j-shutdown"));

    setPassword(dbms, password);
    System.out.println("newsgraph-neo4j: bolt listening on " + host + ":" + port);
    System.out.flush();
    // The engine's threads keep the JVM alive; the shutdown hook stops it cleanly on SIGTERM.
  }

  /**
   * The system database starts with user neo4j/neo4j and "change required"; the configured
   * password replaces it on every start, so the password in config is always the one that works.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database("system");
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      // Re-setting the same password is refused by Neo4j; that is the normal restart case.
      if (!message.contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing -D" + name);
    }
    return value;
  }

  private static long parseBytes(String text) {
    String t = text.trim().toLowerCase();
    long unit = 1;
    if (t.endsWith("g")) {
      unit = 1L << 30;
    } else if (t.endsWith("m")) {
      unit = 1L << 20;
    } else if (t.endsWith("k")) {
      unit = 1L << 10;
    }
    if (unit != 1) {
      t = t.substring(0, t.length() - 1);
    }
    return Long.parseLong(t) * unit;
  }
}
