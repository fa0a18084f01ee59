package dev.skyway.portal.approvals.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.HeldStage;
import dev.skyway.portal.approvals.ProcessStatus;
import dev.skyway.portal.approvals.StageHold;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.StageRow;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Change freezes on stages that are open already, and their release. Each stage is changed under its process's lock,
 * as decisions are, so a freeze and a decision on one process never interleave: a stage decided meanwhile is left
 * alone. Releasing a stage asks the other freezes again: a stage two incidents freeze stays held by the second.
 */
@Service
public class FreezeHolds {

    private final Processes processes;
    private final Stages stages;
    private final StageFactory stageFactory;
    private final Freezes freezes;

    FreezeHolds(Processes processes, Stages stages, StageFactory stageFactory, Freezes freezes) {
        this.processes = processes;
        this.stages = stages;
        this.stageFactory = stageFactory;
        this.freezes = freezes;
    }

    /**
     * Holds the open stages of pending processes on {@code account} (every account when null), but those whose
     * subject the holder exempts.
     */
    @Transactional
    public List<HeldStage> holdOpen(@Nullable String account, StageHold hold) {
        List<HeldStage> held = new ArrayList<>();
        for (Map.Entry<UUID, UUID> open : stages.openOn(account)) {
            ProcessRow process = processes.lock(open.getValue()).orElse(null);
            StageRow stage = stages.find(open.getKey()).orElse(null);
            if (process != null && stage != null && current(process, stage, StageStatus.OPEN)
                    && !freezes.exempts(process, hold)) {
                stages.hold(stage.id(), null, hold);
                held.add(Freezes.held(process, stage, hold));
            }
        }
        return held;
    }

    /** Releases every stage {@code kind}/{@code reference} holds; those another freeze holds change holder. */
    @Transactional
    public List<HeldStage> releaseAll(String kind, String reference, PortalUser actor) {
        List<HeldStage> released = new ArrayList<>();
        for (StageRow held : stages.heldBy(kind, reference)) {
            release(held.id(), kind, reference, actor).ifPresent(released::add);
        }
        return released;
    }

    /**
     * Releases one stage its holder holds.
     *
     * @return the stage as it was held; its process tells whether it is open now or another freeze holds it
     * @throws IllegalArgumentException when {@code kind}/{@code reference} does not hold the stage
     */
    @Transactional
    public HeldStage releaseOne(UUID stageId, String kind, String reference, PortalUser actor) {
        return release(stageId, kind, reference, actor).orElseThrow(() -> new IllegalArgumentException(
                "stageId: stage " + stageId + " is not held by " + kind + " " + reference));
    }

    /** What {@code kind}/{@code reference} holds now, oldest first. */
    @Transactional(readOnly = true)
    public List<HeldStage> heldBy(String kind, String reference) {
        List<HeldStage> held = new ArrayList<>();
        for (StageRow stage : stages.heldBy(kind, reference)) {
            processes.find(stage.processId()).ifPresent(p -> held.add(Freezes.held(p, stage, stage.hold())));
        }
        return held;
    }

    private Optional<HeldStage> release(UUID stageId, String kind, String reference, PortalUser actor) {
        Optional<StageRow> found = stages.find(stageId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProcessRow process = processes.lock(found.get().processId()).orElseThrow();
        StageRow stage = stages.find(stageId).orElseThrow();
        StageHold hold = stage.hold();
        if (!current(process, stage, StageStatus.HELD) || hold == null || !hold.kind().equals(kind)
                || !hold.reference().equals(reference)) {
            return Optional.empty();
        }
        Optional<Freezes.Frozen> other = freezes.holdFor(process, hold);
        if (other.isPresent()) {
            stages.hold(stage.id(), null, other.get().hold());
            other.get().source().held(Freezes.held(process, stage, other.get().hold()));
        } else {
            stageFactory.release(process, stage, AuditActor.of(actor));
        }
        return Optional.of(Freezes.held(process, stage, hold));
    }

    private static boolean current(ProcessRow process, StageRow stage, StageStatus status) {
        return process.status() == ProcessStatus.PENDING && stage.revision() == process.revision()
                && stage.status() == status;
    }
}
