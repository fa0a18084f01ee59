package dev.skyway.portal.provisioning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a picker of an AWS-specific parameter offers in one target account.
 *
 * @param choices     empty when the lookup failed
 * @param unavailable why the lookup failed (the form then falls back to free text and shows this); absent when it
 *                    worked
 */
public record ParameterChoices(List<NetworkChoice> choices, @Nullable String unavailable) {

    public ParameterChoices {
        choices = List.copyOf(choices);
    }

    public static ParameterChoices of(List<NetworkChoice> choices) {
        return new ParameterChoices(choices, null);
    }

    public static ParameterChoices failed(String reason) {
        return new ParameterChoices(List.of(), reason);
    }

    public boolean available() {
        return unavailable == null;
    }
}
