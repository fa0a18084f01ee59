package dev.skyway.portal.approvals.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.ChangeFreezes;
import dev.skyway.portal.approvals.HeldStage;
import dev.skyway.portal.approvals.StageHold;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.StageRow;

/** Every {@link ChangeFreezes} deployed, asked in order; the first hold answered wins. None deployed: no freeze. */
@Component
class Freezes {

    private final ObjectProvider<ChangeFreezes> sources;

    Freezes(ObjectProvider<ChangeFreezes> sources) {
        this.sources = sources;
    }

    /** A hold and the source that answered it (which is told when the stage is held). */
    record Frozen(ChangeFreezes source, StageHold hold) {
    }

    /** The hold a process's opening stage goes on, other than one by {@code except}'s holder; empty when none. */
    Optional<Frozen> holdFor(ProcessRow process, @Nullable StageHold except) {
        return sources.orderedStream()
                .flatMap(source -> source.holdFor(process.subject(), process.attributes())
                        .filter(hold -> !hold.sameHolder(except))
                        .map(hold -> new Frozen(source, hold)).stream())
                .findFirst();
    }

    /** Whether a source lets the process's subject through {@code hold}'s freeze. */
    boolean exempts(ProcessRow process, StageHold hold) {
        return sources.orderedStream().anyMatch(source -> source.exempts(hold, process.subject()));
    }

    static HeldStage held(ProcessRow process, StageRow stage, StageHold hold) {
        return new HeldStage(stage.id(), process.id(), process.subject(), stage.name(),
                process.attributes().account(), hold);
    }
}
