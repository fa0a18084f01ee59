package dev.skyway.portal.provisioning;

/**
 * Why a request was made, as the requester gave it.
 *
 * @param justification what the requester needs it for (stripped)
 * @param costCenter    who pays; null when none was given
 */
public record Purpose(String justification, String costCenter) {
}
