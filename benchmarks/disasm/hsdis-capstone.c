/*
 * A HotSpot disassembler plugin (hsdis) for x86-64 over the Capstone library, so that
 * -XX:+PrintAssembly can show what C2 made of the dispatch loop. Built by ../disasm.sh;
 * never part of jlua itself.
 *
 * HotSpot looks for hsdis-amd64.so on the library path and calls this one function with
 * the machine code to list, a callback that tags each instruction's address (so that
 * HotSpot can interleave its comments: bytecode index, source line, safepoints), and a
 * printf-like callback for the text.
 */
#include <stdint.h>
#include <capstone/capstone.h>

typedef void *(*event_fn)(void *stream, const char *event, void *arg);
typedef int (*print_fn)(void *stream, const char *format, ...);

void *decode_instructions_virtual(uintptr_t start_va, uintptr_t end_va,
                                  unsigned char *buffer, uintptr_t length,
                                  event_fn event, void *event_stream,
                                  print_fn print, void *print_stream,
                                  const char *options, int newline) {
  (void) end_va;
  (void) options;
  csh handle;
  if (cs_open(CS_ARCH_X86, CS_MODE_64, &handle) != CS_ERR_OK) return NULL;
  cs_option(handle, CS_OPT_SYNTAX, CS_OPT_SYNTAX_INTEL);
  cs_option(handle, CS_OPT_SKIPDATA, CS_OPT_ON); /* jump tables and padding sit between code */
  cs_insn *insn;
  size_t count = cs_disasm(handle, buffer, length, start_va, 0, &insn);
  for (size_t i = 0; i < count; i++) {
    if (event) event(event_stream, "insn", (void *) (uintptr_t) insn[i].address);
    print(print_stream, "%s\t%s", insn[i].mnemonic, insn[i].op_str);
    if (event) event(event_stream, "/insn", (void *) (uintptr_t) (insn[i].address + insn[i].size));
    if (newline) print(print_stream, "\n");
  }
  if (count > 0) cs_free(insn, count);
  cs_close(&handle);
  return NULL;
}
