/*
 * A power cut, simulated: LD_PRELOAD this into a process and every fsync()/fdatasync() of a regular
 * file under $APA_DURABLE_DIR first copies the file, as it is at that moment, to
 * $APA_DURABLE_SHADOW/<path below the folder, '/' written as '%'>. That copy is exactly what the
 * disk is guaranteed to hold. After killing the process, the test puts every file back to its copy
 * (or to what it was before the run, or removes it): whatever was written and not synced is lost,
 * as it would be when the power goes, not kept as SIGKILL keeps it in the OS cache.
 * A rename() moves the copies along with the names; a file renamed into place without ever being
 * synced keeps its new name but no data (a zero-length file), as on a journaling file system that
 * commits the rename before the data. (Folder entries are taken as durable once renamed: the model
 * is of file data, not of directory syncs.)
 * Built by the tests with the system C compiler.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The shadow copy's path for a path under the watched folder (0 when it is not under it). */
static int shadow_of(const char *path, char *out, size_t size) {
  const char *dir = getenv("APA_DURABLE_DIR");
  const char *shadow = getenv("APA_DURABLE_SHADOW");
  if (!dir || !shadow) return 0;
  size_t dl = strlen(dir);
  if (strncmp(path, dir, dl) != 0 || path[dl] != '/') return 0;
  char name[PATH_MAX];
  snprintf(name, sizeof name, "%s", path + dl + 1);
  for (char *c = name; *c; c++) if (*c == '/') *c = '%';
  snprintf(out, size, "%s/%s", shadow, name);
  return 1;
}

static void keep_copy(int fd) {
  char link[64], path[PATH_MAX];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, sizeof path - 1);
  if (n < 0) return;
  path[n] = 0;
  char target[PATH_MAX], partial[PATH_MAX + 32];
  if (!shadow_of(path, target, sizeof target)) return;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return;
  snprintf(partial, sizeof partial, "%s.%ld.partial", target, (long)syscall(SYS_gettid));

  int in = open(path, O_RDONLY | O_CLOEXEC);
  if (in < 0) return;
  int out = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (out < 0) { close(in); return; }
  char buf[1 << 16];
  ssize_t r;
  while ((r = read(in, buf, sizeof buf)) > 0) {
    if (write(out, buf, (size_t)r) != r) break;
  }
  close(in);
  close(out);
  rename(partial, target);
}

int fsync(int fd) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
  keep_copy(fd);
  return real(fd);
}

int fdatasync(int fd) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
  keep_copy(fd);
  return real(fd);
}

/* After a rename of a file (or of a folder and every file in it): each copy follows its file; a
   file never synced gets an empty copy under its new name. */
static void follow_rename(const char *from, const char *to) {
  char from_shadow[PATH_MAX], to_shadow[PATH_MAX];
  if (!shadow_of(to, to_shadow, sizeof to_shadow)) return;
  struct stat st;
  if (stat(to, &st) != 0) return;
  if (S_ISREG(st.st_mode)) {
    if (shadow_of(from, from_shadow, sizeof from_shadow) && rename(from_shadow, to_shadow) == 0) return;
    int fd = open(to_shadow, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd >= 0) close(fd);
    return;
  }
  if (!S_ISDIR(st.st_mode)) return;
  DIR *d = opendir(to);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    char child_from[PATH_MAX], child_to[PATH_MAX];
    snprintf(child_from, sizeof child_from, "%s/%s", from, e->d_name);
    snprintf(child_to, sizeof child_to, "%s/%s", to, e->d_name);
    follow_rename(child_from, child_to);
  }
  closedir(d);
}

int rename(const char *from, const char *to) {
  static int (*real)(const char *, const char *);
  if (!real) real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
  int result = real(from, to);
  if (result == 0 && from[0] == '/' && to[0] == '/') follow_rename(from, to);
  return result;
}
