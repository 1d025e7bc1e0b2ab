package io.github.taskrouter4j.workflow;

import static io.github.taskrouter4j.workflow.expression.Expressions.always;
import static io.github.taskrouter4j.workflow.expression.Expressions.attr;
import static io.github.taskrouter4j.workflow.expression.Expressions.literal;
import static io.github.taskrouter4j.workflow.expression.Expressions.task;
import static io.github.taskrouter4j.workflow.expression.Expressions.taskrouter;
import static io.github.taskrouter4j.workflow.expression.Expressions.worker;
import static io.github.taskrouter4j.workflow.expression.Expressions.workers;

import io.github.taskrouter4j.sid.TaskQueueSid;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Realistic workflow configurations built in Java, shared by the snapshot tests of this package and
 * the routing tests of {@code workflow.routing}. Each is what a real contact centre runs; the queue
 * SIDs are fixed so snapshots are stable.
 */
public final class SampleConfigurations {
  /** Every agent. */
  public static final TaskQueueSid EVERYONE = queue("00");

  /** First-line support. */
  public static final TaskQueueSid TIER_1 = queue("01");

  /** Second-line support. */
  public static final TaskQueueSid TIER_2 = queue("02");

  /** Supervisors. */
  public static final TaskQueueSid SUPERVISORS = queue("03");

  /** Sales agents. */
  public static final TaskQueueSid SALES = queue("04");

  /** Overflow agents of a partner call centre. */
  public static final TaskQueueSid OVERFLOW = queue("05");

  /** Technical support. */
  public static final TaskQueueSid TECHNICAL = queue("06");

  /** The office during business hours. */
  public static final TaskQueueSid OFFICE = queue("07");

  /** After-hours voicemail handlers. */
  public static final TaskQueueSid VOICEMAIL = queue("08");

  /** Agents who speak several languages. */
  public static final TaskQueueSid MULTILINGUAL = queue("09");

  /** Billing specialists. */
  public static final TaskQueueSid BILLING = queue("10");

  private SampleConfigurations() {}

  private static TaskQueueSid queue(String suffix) {
    return TaskQueueSid.of("WQ" + "0".repeat(30) + suffix);
  }

  /** The queues' friendly names, for diagrams and routing diffs. */
  public static Map<TaskQueueSid, String> queueNames() {
    Map<TaskQueueSid, String> names = new LinkedHashMap<>();
    names.put(EVERYONE, "Everyone");
    names.put(TIER_1, "Tier 1");
    names.put(TIER_2, "Tier 2");
    names.put(SUPERVISORS, "Supervisors");
    names.put(SALES, "Sales");
    names.put(OVERFLOW, "Overflow");
    names.put(TECHNICAL, "Technical");
    names.put(OFFICE, "Office");
    names.put(VOICEMAIL, "Voicemail");
    names.put(MULTILINGUAL, "Multilingual");
    names.put(BILLING, "Billing");
    return names;
  }

  /** All samples by snapshot name, in a stable order. */
  public static Map<String, WorkflowConfiguration> all() {
    Map<String, WorkflowConfiguration> all = new LinkedHashMap<>();
    all.put("multi-step-escalation", multiStepEscalation());
    all.put("known-worker", knownWorker());
    all.put("skip-if-overflow", skipIfOverflow());
    all.put("order-by-skill", orderBySkill());
    all.put("time-of-day", timeOfDay());
    all.put("language-and-skills", languageAndSkills());
    return all;
  }

  /**
   * Support tickets wait 60 s for tier 1, then 120 s for tier 2 at a higher priority, then go to
   * supervisors until answered; VIP customers start at tier 2.
   */
  public static WorkflowConfiguration multiStepEscalation() {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("VIP support")
                .when(attr("type").eq("support").and(attr("customer.tier").eq("vip")))
                .target(Target.queue(TIER_2).priority(20).timeout(Duration.ofSeconds(120)))
                .target(Target.queue(SUPERVISORS).priority(50)))
        .filter(
            Filter.named("Support")
                .when(attr("type").eq("support"))
                .target(Target.queue(TIER_1).priority(1).timeout(Duration.ofSeconds(60)))
                .target(Target.queue(TIER_2).priority(5).timeout(Duration.ofSeconds(120)))
                .target(Target.queue(SUPERVISORS).priority(10)))
        .defaultQueue(EVERYONE)
        .build();
  }

  /**
   * A returning caller is offered to the agent they last spoke to (the SID is in the task's
   * attributes) for 30 s, then to any agent of the same queue.
   */
  public static WorkflowConfiguration knownWorker() {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("Returning caller")
                .when(attr("last_agent_sid").isNotNull())
                .target(
                    Target.queue(EVERYONE)
                        .knownWorkerSid("task.last_agent_sid")
                        .priority(10)
                        .timeout(Duration.ofSeconds(30)))
                .target(Target.sameQueue()))
        .filter(
            Filter.named("Asked for an agent by name")
                .when(attr("requested_agent").isNotNull())
                .target(
                    Target.queue(EVERYONE)
                        .knownWorkerFriendlyName("task.requested_agent")
                        .timeout(Duration.ofSeconds(45)))
                .target(Target.sameQueue()))
        .defaultQueue(EVERYONE)
        .build();
  }

  /**
   * Sales calls skip straight to the partner overflow queue when no sales agent is available,
   * instead of waiting out the 30 s step.
   */
  public static WorkflowConfiguration skipIfOverflow() {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("Sales")
                .when(attr("type").eq("sales"))
                .target(
                    Target.queue(SALES)
                        .skipIf(workers("available").eq(0))
                        .timeout(Duration.ofSeconds(30)))
                .target(Target.queue(OVERFLOW).priority(5)))
        .defaultQueue(EVERYONE)
        .build();
  }

  /**
   * Technical issues go to agents skilled enough for them, the most skilled first and, among
   * equals, the most junior (to keep seniors free).
   */
  public static WorkflowConfiguration orderBySkill() {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("Technical")
                .when(attr("type").eq("technical"))
                .target(
                    Target.queue(TECHNICAL)
                        .expression(worker("skill_level").gte(task("required_level")))
                        .orderBy(worker("skill_level").desc(), worker("tenure_years").asc())
                        .timeout(Duration.ofSeconds(90)))
                .target(Target.queue(TIER_2)))
        .defaultQueue(EVERYONE)
        .build();
  }

  /** Weekday calls between 08:00 and 18:00 UTC go to the office, all others to voicemail. */
  public static WorkflowConfiguration timeOfDay() {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("Business hours")
                .when(
                    taskrouter("dayOfWeek")
                        .in("Mon", "Tue", "Wed", "Thu", "Fri")
                        .and(taskrouter("currentTime").gte(800))
                        .and(taskrouter("currentTime").lt(1800)))
                .target(Target.queue(OFFICE)))
        .filter(Filter.named("After hours").when(always()).target(Target.queue(VOICEMAIL)))
        .defaultQueue(VOICEMAIL)
        .build();
  }

  /**
   * Spanish billing questions go to billing specialists who speak the caller's language, then to
   * any multilingual agent; written partly as TaskRouter text, as teams often do.
   */
  public static WorkflowConfiguration languageAndSkills() {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("Billing in the caller's language")
                .when(attr("topic").eq("billing").and(attr("language").ne("en")))
                .target(
                    Target.queue(BILLING)
                        .expression(
                            task("language")
                                .in(worker("languages"))
                                .and(worker("skills").has("billing")))
                        .timeout(Duration.ofSeconds(60)))
                .target(
                    Target.queue(MULTILINGUAL)
                        .expression("task.language IN worker.languages")
                        .priority(3)))
        .filter(
            Filter.named("English billing")
                .when("topic == 'billing'")
                .target(Target.queue(BILLING).expression(literal("billing").in(worker("skills")))))
        .defaultQueue(EVERYONE)
        .build();
  }
}
