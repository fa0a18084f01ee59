package dev.skyway.portal.compliance.internal.waivers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.stereotype.Service;

import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.WaiverStatus;

/**
 * One pass of the expiry job: the notice for waivers ending within the notice days (once each), then the end of
 * those whose last day has passed (their findings count again, the mirror is undone), then the attestations past
 * their validity. Days are UTC days; a waiver is in force through its expiry day.
 */
@Service
public class WaiverExpiry {

    /** What one pass did. */
    public record Pass(int noticed, int expired, int attestationsExpired) {
    }

    static final String SYSTEM = "system";

    private final WaiverRows rows;
    private final AttestationRows attestations;
    private final WaiverNotices notices;
    private final WaiverMirroring mirroring;
    private final WaiverProperties properties;
    private final Clock clock;

    WaiverExpiry(WaiverRows rows, AttestationRows attestations, WaiverNotices notices, WaiverMirroring mirroring,
                 WaiverProperties properties, Clock clock) {
        this.rows = rows;
        this.attestations = attestations;
        this.notices = notices;
        this.mirroring = mirroring;
        this.properties = properties;
        this.clock = clock;
    }

    public Pass run() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int noticed = 0;
        for (Waiver w : rows.noticeDue(today.plusDays(properties.noticeDays()))) {
            if (!w.expiresOn().isBefore(today) && rows.markWarned(w.id(), clock.instant())) {
                notices.expiring(w, today);
                noticed++;
            }
        }
        int expired = 0;
        for (Waiver w : rows.expiredBy(today)) {
            if (rows.move(w.id(), WaiverStatus.ACTIVE, w.status().expire(), SYSTEM, clock.instant(),
                    "expired after " + w.expiresOn())) {
                mirroring.ended(w, "expired after " + w.expiresOn());
                notices.expired(w);
                expired++;
            }
        }
        return new Pass(noticed, expired, attestations.expireBefore(today, clock.instant()));
    }
}
