package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.emulator.EmulatorCredentials;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import io.github.taskrouter4j.token.AccessToken;
import io.github.taskrouter4j.token.ApiKey;
import io.github.taskrouter4j.token.CapabilityToken;
import io.github.taskrouter4j.token.TaskRouterGrant;
import io.github.taskrouter4j.token.TokenDecoder;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mints the tokens a worker's browser needs, for a worker created in the embedded emulator: an
 * Access Token with a TaskRouter grant (TaskRouter JS SDK v2, Flex), signed with an API key, and a
 * legacy capability token (TaskRouter.js v1), signed with the Auth Token. Each is decoded back and
 * described, so what it grants is visible.
 *
 * <pre>{@code
 * java ... MintWorkerToken    # with TWILIO_API_KEY and TWILIO_API_SECRET set, signs with that key
 * }</pre>
 *
 * <p>Without {@code TWILIO_API_KEY}/{@code TWILIO_API_SECRET} a random demo key signs the access
 * token (the example says so); secrets are never printed.
 */
public final class MintWorkerToken {
  private static final SecureRandom RANDOM = new SecureRandom();

  private MintWorkerToken() {}

  /** Runs the example and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.getenv(), args));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @param environment where {@code TWILIO_API_KEY} and {@code TWILIO_API_SECRET} are read
   * @param args none
   * @return 0, 1 if the run failed, 2 for bad usage
   */
  public static int run(PrintStream out, Map<String, String> environment, String... args) {
    if (args.length != 0) {
      out.println("usage: MintWorkerToken (no options)");
      return 2;
    }
    try (Backend backend = Backend.emulator()) {
      out.println("Running against " + backend.describe() + ".");
      TaskRouter tr = backend.client();
      Workspace workspace = tr.workspaces().create(w -> w.friendlyName(CustomerSupport.WORKSPACE));
      Worker jamie =
          tr.workspace(workspace.sid())
              .workers()
              .create(
                  w ->
                      w.friendlyName(CustomerSupport.WORKER)
                          .attributes(CustomerSupport.WORKER_ATTRIBUTES));
      out.println("Worker " + CustomerSupport.WORKER + ": " + jamie.sid());
      EmulatorCredentials account = backend.embeddedEmulator().orElseThrow().credentials();
      accessToken(out, environment, account.accountSid(), workspace.sid(), jamie.sid());
      capabilityToken(out, account, workspace.sid(), jamie.sid());
      return 0;
    } catch (RuntimeException e) {
      out.println("MintWorkerToken failed: " + e);
      return 1;
    }
  }

  private static void accessToken(
      PrintStream out,
      Map<String, String> environment,
      AccountSid account,
      WorkspaceSid workspace,
      WorkerSid worker) {
    String keySid = environment.get("TWILIO_API_KEY");
    String keySecret = environment.get("TWILIO_API_SECRET");
    ApiKey key;
    if (keySid != null && keySecret != null) {
      key = ApiKey.of(keySid, keySecret);
      out.println("Signing the access token with API key " + key.sid() + ".");
    } else {
      keySecret = randomHex();
      key = ApiKey.of("SK" + randomHex(), keySecret);
      out.println(
          "Signing the access token with a random demo API key (set TWILIO_API_KEY and"
              + " TWILIO_API_SECRET to use yours).");
    }
    String jwt =
        AccessToken.builder()
            .accountSid(account)
            .apiKey(key)
            .identity(CustomerSupport.WORKER.toLowerCase())
            .grant(TaskRouterGrant.forWorker(workspace, worker))
            .ttl(Duration.ofHours(8))
            .build()
            .toJwt();
    out.println();
    out.println("Access token (TaskRouter JS SDK v2, Flex):");
    out.println(jwt);
    out.println("  " + TokenDecoder.decode(jwt, keySecret).describe());
  }

  private static void capabilityToken(
      PrintStream out, EmulatorCredentials account, WorkspaceSid workspace, WorkerSid worker) {
    CapabilityToken token =
        CapabilityToken.forWorker(account.accountSid(), account.authToken(), workspace, worker)
            .ttl(Duration.ofHours(8))
            .build();
    out.println();
    String jwt = token.toJwt();
    out.println("Capability token (TaskRouter.js v1), " + jwt.length() + " characters:");
    out.println(jwt.substring(0, 36) + "…");
    out.println(
        "  " + TokenDecoder.decode(jwt, account.authToken()).describe().replace("\n", "\n  "));
    String base = "https://taskrouter.twilio.com/v1/Workspaces/" + workspace;
    String self = base + "/Workers/" + worker;
    List<String[]> checks =
        List.of(
            new String[] {"POST", self, "ActivitySid", "change its own activity"},
            new String[] {"POST", self, "Attributes", "change its own attributes"},
            new String[] {"GET", base + "/Activities", "", "read the activities"},
            new String[] {"DELETE", base, "", "delete the workspace"});
    for (String[] check : checks) {
      Set<String> params = check[2].isEmpty() ? Set.of() : Set.of(check[2]);
      boolean allowed = token.allows(check[0], check[1], params);
      out.println("  may " + check[3] + ": " + (allowed ? "yes" : "no"));
    }
  }

  private static String randomHex() {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
