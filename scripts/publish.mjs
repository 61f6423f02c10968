// Publishing a finished build in one step. Each build is written to a folder of its own,
// dist/.builds/<edition>-<time>, and dist/<edition> is a symbolic link to the published one.
// Publishing makes a new link beside the old and renames it over dist/<edition>: rename() is
// atomic, so a server that reads dist/<edition> at any moment finds either the old site or the
// new one, whole, and never a folder without index.html. Older builds are removed afterwards.
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** The folder that holds every build of every edition. */
export function buildsDir(dist) {
  return join(dist, '.builds');
}

/** A new, unused folder for the next build of `edition` (not created). Names sort by start time. */
export function newBuildDir(dist, edition) {
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  return join(buildsDir(dist), `${edition}-${stamp}-${process.pid}`);
}

/** The build folder that dist/<edition> points at, by name, or undefined. */
function linkedBuild(link) {
  try {
    return basename(readlinkSync(link));
  } catch {
    return undefined;
  }
}

/** True when the build folder `name` belongs to another process that is still running (a build in progress). */
function inProgress(name) {
  const pid = Number(/^[a-z]+-\d{8}T\d{9}Z-(\d+)/.exec(name)?.[1]);
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Make `build` (a folder in dist/.builds) the published dist/<edition>, in one rename, then
 * remove the other builds of the edition. Kept: the build just replaced, so that a request that
 * began on it can finish, and builds that another process is still writing.
 */
export function publish(dist, edition, build) {
  const link = join(dist, edition);
  const builds = buildsDir(dist);
  const name = basename(build);
  if (resolve(build) !== resolve(builds, name)) throw new Error(`${build} is not in ${builds}`);
  mkdirSync(builds, { recursive: true });

  // A dist/<edition> from before this layout is a real folder, which a link cannot be renamed
  // over; it is moved in among the builds first (the one moment without a site, once only).
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) {
    renameSync(link, join(builds, `${edition}-00000000T000000000Z-legacy`));
  }
  const replaced = linkedBuild(link);

  const temp = join(dist, `.${edition}-${name}.link`);
  rmSync(temp, { force: true });
  symlinkSync(join('.builds', name), temp); // relative, so that dist/ can be moved or copied whole
  renameSync(temp, link);

  const current = linkedBuild(link);
  for (const other of readdirSync(builds)) {
    if (!other.startsWith(`${edition}-`) || [name, replaced, current].includes(other) || inProgress(other)) continue;
    rmSync(join(builds, other), { recursive: true, force: true });
  }
}
