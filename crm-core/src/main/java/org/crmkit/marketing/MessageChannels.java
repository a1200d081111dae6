package org.crmkit.marketing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmkit.customer.MarketingChannel;

/**
 * The message channels of one {@code Crm}, by name: the host's first, then the built-in outbox
 * channel of each {@link MarketingChannel} under its lower-case name ({@code sms}, {@code email},
 * {@code wechat}, {@code app_push}, ...) unless the host took that name.
 *
 * @since 0.2
 */
public final class MessageChannels {

    private final Map<String, MessageChannel> byName;

    private MessageChannels(Map<String, MessageChannel> byName) {
        this.byName = byName;
    }

    /** The given channels (the first of a name wins) and the built-in ones. */
    public static MessageChannels of(List<MessageChannel> channels) {
        Map<String, MessageChannel> byName = new LinkedHashMap<>();
        channels.forEach(c -> byName.putIfAbsent(c.name(), c));
        builtIn().forEach(c -> byName.putIfAbsent(c.name(), c));
        return new MessageChannels(Map.copyOf(byName));
    }

    /** The built-in outbox channels, one per {@link MarketingChannel}. */
    public static List<MessageChannel> builtIn() {
        List<MessageChannel> channels = new ArrayList<>();
        for (MarketingChannel c : MarketingChannel.values()) {
            channels.add(MessageChannel.outbox(c.name().toLowerCase(Locale.ROOT), c));
        }
        return channels;
    }

    /** The channel of this name, if there is one. */
    public Optional<MessageChannel> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every channel's name, sorted. */
    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }
}
