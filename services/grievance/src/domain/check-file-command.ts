import type { FileRequested } from '@seva/contracts';
import { type City, type ComplaintType, getCity, getComplaintType, listLocalities } from '@seva/master-data';
import { AppError } from './app-error.js';

export interface CheckedFiling {
  readonly city: City;
  readonly type: ComplaintType;
  readonly description: string;
  /** The locality's name from the master data when the command gave only its code. */
  readonly localityName: string | null;
}

/** Checks a filing against the master data, or refuses it with the first problem found. */
export function checkFileCommand(command: FileRequested): CheckedFiling {
  const city = getCity(command.tenantId);
  if (!city) throw new AppError('UNKNOWN_CITY', `no city ${command.tenantId}`);
  const type = getComplaintType(command.complaintType);
  if (!type) throw new AppError('UNKNOWN_COMPLAINT_TYPE', `no complaint type ${command.complaintType}`);
  if (!type.active) {
    throw new AppError(
      'COMPLAINT_TYPE_INACTIVE',
      `complaint type ${command.complaintType} is no longer offered`,
    );
  }
  const description = command.description.trim();
  if (!description) throw new AppError('DESCRIPTION_REQUIRED', 'the description is empty');

  let localityName = command.localityName;
  const localities = listLocalities(command.tenantId);
  // Cities without localities in the master data take the citizen's locality as given.
  if (command.localityCode !== null && localities.length > 0) {
    const locality = localities.find((candidate) => candidate.code === command.localityCode);
    if (!locality) {
      throw new AppError('UNKNOWN_LOCALITY', `${command.localityCode} is not a locality of ${city.names.en}`);
    }
    localityName ??= locality.name;
  }

  const { latitude, longitude } = command;
  if (
    (latitude === null) !== (longitude === null) ||
    (latitude !== null && Math.abs(latitude) > 90) ||
    (longitude !== null && Math.abs(longitude) > 180)
  ) {
    throw new AppError('INVALID_LOCATION', `latitude ${latitude} and longitude ${longitude} are no location`);
  }
  return { city, type, description, localityName };
}
