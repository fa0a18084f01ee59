/**
 * The generic approval engine: it approves "a subject" (a product request today; account requests and compliance
 * waivers later) and knows nothing about what the subject is. Policies are versioned JSON documents of ordered
 * rules that route a subject, by its attributes (type, environment, estimated monthly cost, product, account, team,
 * action), to auto-approval or to ordered stages of approvers (a role, named users, or the team's leads; ANY, ALL or
 * N of M). The engine enforces separation of duties, delegation windows, stage SLAs with reminders and escalation,
 * binds every decision to a hash of the subject version decided on, and publishes past-tense events. A subject
 * module uses the small subject API of {@link dev.skyway.portal.approvals.Approvals} (submit, decide by subject,
 * read the process) and listens to one event, {@link dev.skyway.portal.approvals.SubjectDecided}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approvals",
        allowedDependencies = {
                // who acts (CurrentUser, PortalUser, Role): requesters, approvers, delegates and policy editors
                "platform :: identity",
                // every decision, policy change and delegation is an AuditableEvent the platform records
                "platform :: audit",
                // approval requests, SLA reminders and escalations reach people through Notifications
                "platform :: notify",
                // the inbox and policy views use the shared page header, empty state and formats
                "platform :: uikit",
                // a subject's estimated monthly cost and the policies' cost bounds are Money
                "platform :: money",
                // the approver's inbox card on the start page
                "platform :: home",
                // decisions on subjects that target an account are changes to it (AccountChangeSource)
                "platform :: changes",
                // the SLA check is a PeriodicJob: once per interval across replicas
                "platform :: jobs"})
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.approvals;
