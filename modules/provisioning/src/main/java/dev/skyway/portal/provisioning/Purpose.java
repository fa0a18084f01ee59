package dev.skyway.portal.provisioning;

import org.jspecify.annotations.Nullable;

/**
 * Why a request was made, as the requester gave it.
 *
 * @param justification what the requester needs it for (stripped)
 * @param costCenter    who pays; absent when none was given
 */
public record Purpose(String justification, @Nullable String costCenter) {
}
