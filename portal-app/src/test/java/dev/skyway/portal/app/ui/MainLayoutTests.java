package dev.skyway.portal.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.server.menu.MenuEntry;

class MainLayoutTests {

    private static final List<MenuEntry> MENU = List.of(entry(""), entry("/approvals"), entry("/cost"),
            entry("/cost/savings"), entry("/requests"), entry("/accounts"), entry("/accounts/request"));

    @Test
    void anEntryStandsForThePagesBeneathItOnlyWhenNoOtherEntryIsBeneathIt() {
        assertThat(MainLayout.highlightsPagesBeneath("/approvals", MENU)).as("Decided by you is under Approvals")
                .isTrue();
        assertThat(MainLayout.highlightsPagesBeneath("/requests", MENU)).isTrue();
        assertThat(MainLayout.highlightsPagesBeneath("/cost", MENU)).as("Savings has its own entry").isFalse();
        assertThat(MainLayout.highlightsPagesBeneath("/cost/savings", MENU)).isTrue();
        assertThat(MainLayout.highlightsPagesBeneath("/accounts", MENU)).isFalse();
        assertThat(MainLayout.highlightsPagesBeneath("", MENU)).as("Home is above every page").isFalse();
    }

    @Test
    void anEntryWithEntriesBeneathItStandsForTheOtherPagesBeneathItOneByOne() {
        List<String> routes = List.of("", "cost", "cost/savings", "cost/budgets", "cost/anomalies", "cost/savings/x",
                "accounts", "accounts/request", "accounts/:accountId", "approvals", "approvals/decided", "costly");
        assertThat(MainLayout.pagesBeneath("/cost", MENU, routes)).as("not Savings nor what is beneath it")
                .containsExactly("/cost/anomalies", "/cost/budgets");
        assertThat(MainLayout.pagesBeneath("/accounts", MENU, routes)).as("a page with a parameter is no alias")
                .isEmpty();
        assertThat(MainLayout.pagesBeneath("", MENU, routes)).isEmpty();
    }

    private static MenuEntry entry(String path) {
        return new MenuEntry(path, path, 0.0, null, null);
    }
}
