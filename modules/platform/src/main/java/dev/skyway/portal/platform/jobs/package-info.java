/** Running work off the request thread: one background run at a time per task, so the UI never waits for AWS. */
@org.springframework.modulith.NamedInterface("jobs")
package dev.skyway.portal.platform.jobs;
