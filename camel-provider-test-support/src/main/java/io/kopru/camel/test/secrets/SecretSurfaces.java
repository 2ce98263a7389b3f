/*
 * Copyright 2026 The Kopru Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.kopru.camel.test.secrets;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/** The surfaces every component's secrets test reads, collected once as text to search for secret values. */
public final class SecretSurfaces {

    private SecretSurfaces() {
    }

    /** The name and every attribute of every Camel endpoint and component MBean on the platform MBean server. */
    public static String jmxAttributesOfEndpointsAndComponents() throws Exception {
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        StringBuilder seen = new StringBuilder();
        for (String type : new String[] {"endpoints", "components"}) {
            for (ObjectName name : mbeans.queryNames(new ObjectName("org.apache.camel:type=" + type + ",*"), null)) {
                seen.append(name).append('\n');
                for (MBeanAttributeInfo attribute : mbeans.getMBeanInfo(name).getAttributes()) {
                    try {
                        seen.append(attribute.getName()).append('=')
                                .append(mbeans.getAttribute(name, attribute.getName())).append('\n');
                    } catch (Exception e) {
                        seen.append(attribute.getName()).append(" unreadable\n");
                    }
                }
            }
        }
        return seen.toString();
    }
}
