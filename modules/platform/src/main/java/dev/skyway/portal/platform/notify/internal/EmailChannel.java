package dev.skyway.portal.platform.notify.internal;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import dev.skyway.portal.platform.notify.ChannelOutcome;
import dev.skyway.portal.platform.notify.Notification;

/** Plain-text email through Spring's {@link JavaMailSender} (server from {@code spring.mail.*}), one message to all. */
class EmailChannel implements NotificationChannel {

    static final String NAME = "email";

    private final JavaMailSender mailSender;
    private final String from;

    EmailChannel(JavaMailSender mailSender, String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ChannelOutcome deliver(Notification notification) {
        if (notification.recipients().isEmpty()) {
            return ChannelOutcome.skipped(NAME, "no recipients");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notification.recipients().toArray(String[]::new));
        // a line break in a header would let the text add headers of its own (e.g. Bcc)
        message.setSubject(notification.subject().replaceAll("[\\r\\n]+", " "));
        message.setText(notification.link() == null
                ? notification.body()
                : notification.body() + "\n\n" + notification.link());
        try {
            mailSender.send(message);
        } catch (MailException e) {
            throw new ChannelFailure("SMTP: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return ChannelOutcome.sent(NAME);
    }
}
