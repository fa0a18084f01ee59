/** The jobs kit's implementation: sync status rows and the job that resubmits incomplete event publications. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.jobs.internal;
