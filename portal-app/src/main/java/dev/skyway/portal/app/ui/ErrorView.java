package dev.skyway.portal.app.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** Unexpected errors: a reference the user can quote to support, never a stack trace. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error shown to the user as reference {}", reference, parameter.getCaughtException());
        removeAll();
        addClassName("page");
        add(new H2("Something went wrong"),
                new Paragraph("The portal could not complete this. Nothing was changed. If it keeps happening, "
                        + "give this reference to the platform team: " + reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
