package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OscAndBellTest {

    @Test
    void osc_terminated_by_bel_does_not_ring() {
        Vt vt = new Vt(20, 2).feed("^[]0;my title\u0007x");
        assertEquals(0, vt.bells);
        assertEquals(List.of("0|my title"), vt.oscs);
        assertEquals("x", vt.line(0));
    }

    @Test
    void osc_terminated_by_st_and_notifications() {
        Vt vt = new Vt(20, 2).feed("^[]9;Build done ✅^[\\^[]777;notify;Claude;Needs input^[\\^[]2;t^[\\");
        assertEquals(List.of("9|Build done ✅", "777|notify;Claude;Needs input", "2|t"), vt.oscs);
        assertEquals("", vt.text());
    }

    @Test
    void osc_without_payload_or_numeric_code() {
        Vt vt = new Vt(20, 2).feed("^[]112\u0007^[]L\u0007");
        assertEquals(List.of("112|", "-1|"), vt.oscs);
    }

    @Test
    void osc_split_across_feeds() {
        Vt vt = new Vt(20, 2);
        for (char c : Vt.esc("^[]777;notify;T;B^[\\ok").toCharArray()) {
            vt.feed(String.valueOf(c));
        }
        assertEquals(List.of("777|notify;T;B"), vt.oscs);
        assertEquals("ok", vt.line(0));
    }

    @Test
    void oversized_osc_is_discarded_but_parsed_to_the_end() {
        String big = "x".repeat(10_000);
        Vt vt = new Vt(20, 2).feed("^[]52;c;" + big + "\u0007after^[]0;t\u0007");
        assertEquals(List.of("0|t"), vt.oscs);
        assertEquals("after", vt.line(0));
        assertEquals(0, vt.bells);
    }

    @Test
    void dcs_apc_pm_sos_strings_are_swallowed() {
        Vt vt = new Vt(20, 2).feed("a^[P1$r0m^[\\b^[_Gf=24;AAAA^[\\c^[^pm^[\\d^[Xsos^[\\e^[P+q544e^[\\f");
        assertEquals("abcdef", vt.line(0));
        assertEquals(0, vt.bells);
    }

    @Test
    void callbacks_run_after_the_lock_is_released() {
        List<String> seen = new ArrayList<>();
        ScreenModel[] holder = new ScreenModel[1];
        holder[0] = ScreenModel.create(10, 2, new ScreenListener() {
            @Override
            public void bell() {
                Thread t = new Thread(() -> seen.add(holder[0].snapshot().lines().get(0)));
                t.start();
                try {
                    t.join(2000);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        });
        byte[] b = "hi\u0007".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        holder[0].feed(b, 0, b.length);
        assertEquals(List.of("hi"), seen);
    }
}
