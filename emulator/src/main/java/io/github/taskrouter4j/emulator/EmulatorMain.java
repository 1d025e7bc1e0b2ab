package io.github.taskrouter4j.emulator;

import io.github.taskrouter4j.sid.AccountSid;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone start: {@code java -jar taskrouter4j-emulator-<version>-standalone.jar --port 8080}.
 * Options: {@code --port N} (default 8080; 0 = free), {@code --bind ADDRESS} (default 127.0.0.1),
 * {@code --account-sid AC…} and {@code --auth-token TOKEN} (generated if not given; the token is
 * printed only when generated). Environment: {@code TASKROUTER_EMULATOR_ACCOUNT_SID}, {@code
 * TASKROUTER_EMULATOR_AUTH_TOKEN}.
 */
public final class EmulatorMain {
  private EmulatorMain() {}

  /** Parses the options, starts the emulator and serves until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    TaskRouterEmulator.Builder builder = TaskRouterEmulator.builder().port(8080);
    String accountSid = System.getenv("TASKROUTER_EMULATOR_ACCOUNT_SID");
    String authToken = System.getenv("TASKROUTER_EMULATOR_AUTH_TOKEN");
    try {
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (option.equals("--help") || option.equals("-h")) {
          System.out.println(usage());
          return;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + option + " needs a value");
        }
        String value = args[++i];
        switch (option) {
          case "--port":
            builder.port(Integer.parseInt(value));
            break;
          case "--bind":
            builder.bindAddress(InetAddress.getByName(value));
            break;
          case "--account-sid":
            accountSid = value;
            break;
          case "--auth-token":
            authToken = value;
            break;
          default:
            throw new IllegalArgumentException("unknown option " + option);
        }
      }
    } catch (IllegalArgumentException | UnknownHostException e) {
      System.err.println("taskrouter4j emulator: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    boolean generated = accountSid == null || authToken == null;
    if (!generated) {
      builder.credentials(EmulatorCredentials.of(AccountSid.of(accountSid), authToken));
    }
    TaskRouterEmulator emulator = builder.start();
    System.out.println("TaskRouter emulator listening on " + emulator.baseUri());
    System.out.println("Account SID: " + emulator.credentials().accountSid());
    if (generated) {
      System.out.println("Auth token:  " + emulator.credentials().authToken() + " (generated)");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                }));
    stopped.await();
  }

  private static String usage() {
    return "usage: java -jar taskrouter4j-emulator-<version>-standalone.jar [--port 8080] [--bind 127.0.0.1] [--account-sid AC...] [--auth-token TOKEN]";
  }
}
