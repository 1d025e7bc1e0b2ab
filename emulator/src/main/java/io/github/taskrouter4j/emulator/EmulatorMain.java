package io.github.taskrouter4j.emulator;

import io.github.taskrouter4j.sid.AccountSid;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Standalone start: {@code java -jar taskrouter4j-emulator-<version>-standalone.jar --port 8080}.
 * Options: {@code --port N} (default 8080; 0 = free), {@code --bind ADDRESS} (default 127.0.0.1),
 * {@code --account-sid AC…} and {@code --auth-token TOKEN} (generated if not given; the token is
 * printed only when generated). Environment: {@code TASKROUTER_EMULATOR_ACCOUNT_SID}, {@code
 * TASKROUTER_EMULATOR_AUTH_TOKEN}.
 *
 * <p>A bad option or a port that cannot be bound is answered with one line on standard error and
 * exit status {@value #EXIT_USAGE}.
 */
public final class EmulatorMain {
  /** The exit status when the options are wrong or the emulator cannot listen where asked. */
  public static final int EXIT_USAGE = 2;

  private static final int DEFAULT_PORT = 8080;
  private static final int MAX_PORT = 65_535;
  private static final String PREFIX = "taskrouter4j emulator: ";

  private EmulatorMain() {}

  /**
   * Parses the options, starts the emulator and serves until the process is stopped.
   *
   * @param args the command-line options
   */
  public static void main(String[] args) {
    int status =
        run(args, System.getenv(), System.out, System.err, EmulatorMain::serveUntilStopped);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Parses the options, starts the emulator and hands it to {@code serve}.
   *
   * @param args the command-line options
   * @param env the environment variables
   * @param out where the address and credentials are printed
   * @param err where a bad option or a taken port is reported, in one line
   * @param serve runs while the emulator serves; the emulator is closed when it returns
   * @return the exit status: 0, or {@link #EXIT_USAGE}
   */
  static int run(
      String[] args,
      Map<String, String> env,
      PrintStream out,
      PrintStream err,
      Consumer<TaskRouterEmulator> serve) {
    TaskRouterEmulator.Builder builder = TaskRouterEmulator.builder().port(DEFAULT_PORT);
    String accountSid = env.get("TASKROUTER_EMULATOR_ACCOUNT_SID");
    String authToken = env.get("TASKROUTER_EMULATOR_AUTH_TOKEN");
    String bind = "127.0.0.1";
    int port = DEFAULT_PORT;
    try {
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (option.equals("--help") || option.equals("-h")) {
          out.println(usage());
          return 0;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(option + " needs a value");
        }
        String value = args[++i];
        switch (option) {
          case "--port":
            port = port(value);
            builder.port(port);
            break;
          case "--bind":
            bind = value;
            builder.bindAddress(InetAddress.getByName(value));
            break;
          case "--account-sid":
            accountSid = value;
            break;
          case "--auth-token":
            authToken = value;
            break;
          default:
            throw new IllegalArgumentException(
                "unknown option "
                    + option
                    + "; the options are --port, --bind, --account-sid, --auth-token, --help");
        }
      }
      boolean generated = accountSid == null || authToken == null;
      if (!generated) {
        builder.credentials(EmulatorCredentials.of(accountSid(accountSid), authToken));
      }
      TaskRouterEmulator emulator;
      try {
        emulator = builder.start();
      } catch (UncheckedIOException e) {
        err.println(PREFIX + cannotListen(bind, port, e));
        return EXIT_USAGE;
      }
      try (emulator) {
        out.println("TaskRouter emulator listening on " + emulator.baseUri());
        out.println("Account SID: " + emulator.credentials().accountSid());
        if (generated) {
          out.println("Auth token:  " + emulator.credentials().authToken() + " (generated)");
        }
        out.println("Console:     " + emulator.consoleLoginUri() + " (one-time login link)");
        out.flush();
        serve.accept(emulator);
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(PREFIX + e.getMessage() + " (--help shows the usage)");
      return EXIT_USAGE;
    } catch (UnknownHostException e) {
      err.println(PREFIX + "--bind must be an IP address or a known host name, was " + bind);
      return EXIT_USAGE;
    }
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= MAX_PORT) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw new IllegalArgumentException(
        "--port must be a number from 0 to " + MAX_PORT + " (0 = any free port), was " + value);
  }

  private static AccountSid accountSid(String value) {
    try {
      return AccountSid.of(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--account-sid (or TASKROUTER_EMULATOR_ACCOUNT_SID): " + e.getMessage(), e);
    }
  }

  private static String cannotListen(String bind, int port, UncheckedIOException e) {
    if (e.getCause() instanceof BindException) {
      return "cannot listen on "
          + bind
          + ":"
          + port
          + ": the port is already in use or not allowed; choose another with --port";
    }
    return "cannot listen on " + bind + ":" + port + ": " + e.getCause().getMessage();
  }

  private static void serveUntilStopped(TaskRouterEmulator emulator) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String usage() {
    return "usage: java -jar taskrouter4j-emulator-<version>-standalone.jar [--port 8080]"
        + " [--bind 127.0.0.1] [--account-sid AC...] [--auth-token TOKEN]";
  }
}
