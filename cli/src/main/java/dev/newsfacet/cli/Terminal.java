package dev.newsfacet.cli;

import java.io.Console;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Whether the process talks to a person at a terminal. */
final class Terminal {
  private static final boolean INTERACTIVE = detect();

  private Terminal() {}

  static boolean interactive() {
    return INTERACTIVE;
  }

  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is asked where it exists
  private static boolean detect() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // JDK 22+ returns a Console even when redirected and says so through isTerminal();
    // JDK 21 returns one only for a terminal and has no such method.
    try {
      MethodHandle isTerminal =
          MethodHandles.publicLookup()
              .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class));
      return (boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return true;
    } catch (Throwable e) {
      return false;
    }
  }
}
