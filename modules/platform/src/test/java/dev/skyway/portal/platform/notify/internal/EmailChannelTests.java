package dev.skyway.portal.platform.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import dev.skyway.portal.platform.notify.ChannelOutcome;
import dev.skyway.portal.platform.notify.Notification;

class EmailChannelTests {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static JavaMailSenderImpl mailSender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    private EmailChannel channel;

    @BeforeEach
    void channelOnGreenMail() { // GreenMail starts per test, so its port is known only now
        channel = new EmailChannel(mailSender(greenMail.getSmtp().getPort()), "skyway@example.com");
    }

    @Test
    void deliversPlainTextMailWithFromToSubjectBodyAndLink() throws Exception {
        ChannelOutcome outcome = channel.deliver(new Notification(
                List.of("ana@example.com", "bo@example.com"), "Request 42 approved", "Your bucket is on its way.",
                "https://portal.example.com/requests/42"));

        assertThat(outcome).isEqualTo(ChannelOutcome.sent("email"));
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient mailbox
        MimeMessage mail = received[0];
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("skyway@example.com"));
        assertThat(mail.getRecipients(Message.RecipientType.TO)).containsExactly(
                new InternetAddress("ana@example.com"), new InternetAddress("bo@example.com"));
        assertThat(mail.getSubject()).isEqualTo("Request 42 approved");
        assertThat(mail.getContent().toString().replace("\r\n", "\n"))
                .isEqualTo("Your bucket is on its way.\n\nhttps://portal.example.com/requests/42");
    }

    @Test
    void skipsWhenThereAreNoRecipients() {
        ChannelOutcome outcome = channel.deliver(Notification.of(List.of(), "Nobody", "reads this"));

        assertThat(outcome.status()).isEqualTo(ChannelOutcome.Status.SKIPPED);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void lineBreakInSubjectCannotAddHeaders() throws Exception {
        channel.deliver(Notification.of(List.of("ana@example.com"), "Budget\r\nBcc: intruder@example.com", "x"));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Budget Bcc: intruder@example.com");
        assertThat(received[0].getAllRecipients()).containsExactly(new InternetAddress("ana@example.com"));
    }

    @Test
    void unreachableServerIsAChannelFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EmailChannel unreachable = new EmailChannel(mailSender(closedPort), "skyway@example.com");

        assertThatThrownBy(() -> unreachable.deliver(Notification.of(List.of("ana@example.com"), "s", "b")))
                .isInstanceOf(ChannelFailure.class)
                .hasMessageStartingWith("SMTP: MailSendException");
    }
}
