package dev.cinnabar.management;

import dev.cinnabar.command.Settings;
import dev.cinnabar.server.RespServer;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code cinnabar} section of {@code /actuator/info}: where the RESP listener is and how it is set up. */
public final class CinnabarInfoContributor implements InfoContributor {

    private final RespServer server;
    private final Settings settings;

    public CinnabarInfoContributor(RespServer server, Settings settings) {
        this.server = server;
        this.settings = settings;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bind", settings.bind());
        details.put("port", server.port());
        details.put("databases", settings.databases());
        details.put("latencyTracking", settings.latencyTracking());
        builder.withDetail("cinnabar", details);
    }
}
