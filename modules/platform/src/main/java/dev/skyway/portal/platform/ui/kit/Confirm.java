package dev.skyway.portal.platform.ui.kit;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before destructive or irreversible actions; {@code onConfirm} runs only after an explicit yes. */
public final class Confirm {

    private Confirm() {
    }

    public static ConfirmDialog destructive(String header, String text, String confirmLabel, Runnable onConfirm) {
        ConfirmDialog dialog = ask(header, text, confirmLabel, onConfirm);
        dialog.setConfirmButtonTheme("error primary");
        return dialog;
    }

    public static ConfirmDialog ask(String header, String text, String confirmLabel, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(confirmLabel);
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
