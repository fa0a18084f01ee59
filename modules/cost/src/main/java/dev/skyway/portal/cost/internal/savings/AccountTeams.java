package dev.skyway.portal.cost.internal.savings;

import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;

/**
 * Whose an account is, for who sees and acts on its recommendations: the team with the most spend on it in the last
 * 30 days of rollups (what showback charges them), else the inventory's owner team.
 */
@Component
public class AccountTeams {

    static final int SPEND_DAYS = 30;

    private final DSLContext db;
    private final AccountOwnership ownership;
    private final Clock clock;

    public AccountTeams(DSLContext db, AccountOwnership ownership, Clock clock) {
        this.db = db;
        this.ownership = ownership;
        this.clock = clock;
    }

    /** Account id → its team, for every account with spend or an owner team. */
    public Map<String, String> teamByAccount() {
        Map<String, String> teams = new HashMap<>();
        for (Account account : ownership.accounts()) {
            if (account.ownerTeam() != null) {
                teams.put(account.id(), account.ownerTeam());
            }
        }
        teams.putAll(topSpenders());
        return teams;
    }

    /** The accounts of these teams; all accounts (absent) when {@code teams} is absent. */
    public @Nullable Set<String> accountsOf(@Nullable Set<String> teams) {
        if (teams == null) {
            return null;
        }
        return teamByAccount().entrySet().stream().filter(e -> teams.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Account id → name, from the inventory. */
    public Map<String, String> names() {
        return ownership.accounts().stream().collect(Collectors.toMap(Account::id, Account::name, (a, b) -> a));
    }

    private Map<String, String> topSpenders() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var spend = DSL.sum(DAILY_COST.EFFECTIVE_COST);
        Map<String, String> top = new HashMap<>();
        Map<String, BigDecimal> most = new HashMap<>();
        db.select(DAILY_COST.SUB_ACCOUNT_ID, DAILY_COST.TEAM, spend).from(DAILY_COST)
                .where(DAILY_COST.CHARGE_DATE.ge(today.minusDays(SPEND_DAYS)))
                .and(DAILY_COST.CHARGE_DATE.le(today)).and(DAILY_COST.TEAM.isNotNull()).and(DAILY_COST.TEAM.ne(""))
                .groupBy(DAILY_COST.SUB_ACCOUNT_ID, DAILY_COST.TEAM)
                .orderBy(DAILY_COST.SUB_ACCOUNT_ID, DAILY_COST.TEAM)
                .forEach(r -> {
                    BigDecimal amount = r.get(spend) == null ? BigDecimal.ZERO : r.get(spend);
                    String account = r.get(DAILY_COST.SUB_ACCOUNT_ID);
                    if (!most.containsKey(account) || amount.compareTo(most.get(account)) > 0) {
                        most.put(account, amount);
                        top.put(account, r.get(DAILY_COST.TEAM));
                    }
                });
        return top;
    }
}
