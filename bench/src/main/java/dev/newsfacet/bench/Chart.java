package dev.newsfacet.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Draws query latency against hit count, one colour per engine, log-log, with java.awt only. */
final class Chart {
  private Chart() {}

  /** One point: a query's hit count and its median and 99th percentile latency. */
  record Point(long hits, double p50Ms, double p99Ms) {}

  /** One engine's points. */
  record Series(String engine, List<Point> points) {}

  private static final Color[] COLORS = {
    new Color(0xD9, 0x5F, 0x02), new Color(0x1B, 0x9E, 0x77), new Color(0x75, 0x70, 0xB3)
  };

  static void draw(List<Series> series, String title, Path png) throws IOException {
    int w = 1100;
    int h = 700;
    int left = 90;
    int right = 200;
    int top = 60;
    int bottom = 70;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);

    double minX = 1;
    double maxX = 10;
    double minY = Double.MAX_VALUE;
    double maxY = 0;
    for (Series s : series) {
      for (Point p : s.points()) {
        maxX = Math.max(maxX, p.hits());
        minY = Math.min(minY, p.p50Ms());
        maxY = Math.max(maxY, p.p99Ms());
      }
    }
    double lx0 = Math.floor(Math.log10(minX));
    double lx1 = Math.ceil(Math.log10(maxX * 1.5));
    double ly0 = Math.floor(Math.log10(Math.max(1e-3, minY)));
    double ly1 = Math.ceil(Math.log10(Math.max(maxY, 1e-2)));
    if (ly1 <= ly0) {
      ly1 = ly0 + 1;
    }
    int pw = w - left - right;
    int ph = h - top - bottom;

    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    // Grid and axis labels at each power of ten.
    for (int e = (int) lx0; e <= lx1; e++) {
      int x = left + (int) ((e - lx0) / (lx1 - lx0) * pw);
      g.setColor(new Color(0xE5, 0xE5, 0xE5));
      g.drawLine(x, top, x, top + ph);
      g.setColor(Color.DARK_GRAY);
      String label = e == 0 ? "1" : "1e" + e;
      g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, top + ph + 20);
    }
    for (int e = (int) ly0; e <= ly1; e++) {
      int y = top + ph - (int) ((e - ly0) / (ly1 - ly0) * ph);
      g.setColor(new Color(0xE5, 0xE5, 0xE5));
      g.drawLine(left, y, left + pw, y);
      g.setColor(Color.DARK_GRAY);
      String label = msLabel(Math.pow(10, e));
      g.drawString(label, left - 10 - g.getFontMetrics().stringWidth(label), y + 5);
    }
    g.setColor(Color.BLACK);
    g.drawRect(left, top, pw, ph);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, left, top - 25);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    String xl = "hits (matching articles, log scale)";
    g.drawString(xl, left + pw / 2 - g.getFontMetrics().stringWidth(xl) / 2, h - 20);
    Graphics2D gy = (Graphics2D) g.create();
    gy.rotate(-Math.PI / 2);
    gy.drawString("query latency, ms (log): dot p50, bar up to p99", -top - ph + 60, 25);
    gy.dispose();

    for (int si = 0; si < series.size(); si++) {
      Series s = series.get(si);
      Color c = COLORS[si % COLORS.length];
      int jitter = (si - 1) * 4;
      for (Point p : s.points()) {
        double hx = Math.max(1, p.hits());
        int x = left + jitter + (int) ((Math.log10(hx) - lx0) / (lx1 - lx0) * pw);
        int y50 = yOf(p.p50Ms(), ly0, ly1, top, ph);
        int y99 = yOf(p.p99Ms(), ly0, ly1, top, ph);
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x, y50, x, y99);
        g.setColor(c);
        g.fillOval(x - 5, y50 - 5, 10, 10);
      }
      int ly = top + 20 + si * 26;
      g.fillOval(left + pw + 20, ly - 10, 12, 12);
      g.setColor(Color.BLACK);
      g.drawString(s.engine(), left + pw + 40, ly);
    }
    g.dispose();
    ImageIO.write(img, "png", png.toFile());
  }

  private static int yOf(double ms, double ly0, double ly1, int top, int ph) {
    double l = Math.log10(Math.max(ms, Math.pow(10, ly0)));
    return top + ph - (int) ((l - ly0) / (ly1 - ly0) * ph);
  }

  private static String msLabel(double ms) {
    if (ms >= 1) {
      return String.format(Locale.ROOT, "%,.0f ms", ms);
    }
    return String.format(Locale.ROOT, "%s ms", Double.toString(ms));
  }
}
