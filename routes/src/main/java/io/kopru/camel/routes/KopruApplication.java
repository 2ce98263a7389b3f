package io.kopru.camel.routes;

import io.kopru.camel.sandbox.ProviderSandbox;
import io.kopru.camel.sandbox.SandboxMain;
import io.kopru.camel.sandbox.iletimerkezi.IletimerkeziSimulator;
import org.apache.camel.main.Main;

import java.util.Map;
import java.util.Properties;

/**
 * The main job: a Camel Main application that loads the YAML and XML routes under {@code camel/}. Given real
 * credentials through the environment ({@code ILETIMERKEZI_API_KEY} and {@code ILETIMERKEZI_API_HASH}) it talks to
 * the real providers; without them it starts the embedded provider sandbox and points the components at it, so the
 * demo runs anywhere. {@code -Dcamel.main.durationMaxSeconds=60} makes it stop by itself.
 */
public final class KopruApplication {

    private KopruApplication() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        ProviderSandbox sandbox = null;
        Properties properties = new Properties();
        if (env.get("ILETIMERKEZI_API_KEY") == null) {
            sandbox = ProviderSandbox.all(0).start();
            System.out.println(SandboxMain.describe(sandbox));
            properties.putAll(sandboxProperties(sandbox));
        }
        Main main = new Main(KopruApplication.class);
        main.setOverrideProperties(properties);
        try {
            main.run(args);
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** Points every component at its simulator, with the simulator's test credentials. */
    static Properties sandboxProperties(ProviderSandbox sandbox) {
        Properties p = new Properties();
        p.setProperty("kopru.sandbox", "true");
        p.setProperty("camel.component.iletimerkezi.base-url", sandbox.baseUrl(IletimerkeziSimulator.class));
        p.setProperty("iletimerkezi.api-key", IletimerkeziSimulator.API_KEY);
        p.setProperty("iletimerkezi.secret-key", IletimerkeziSimulator.API_HASH);
        return p;
    }
}
