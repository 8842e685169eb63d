import type { SchemaVersion } from './types'

/**
 * Sessions by next appointment, for the day's and the week's appointments. Only adds an index:
 * IndexedDB builds it over the stored rows, which stay as they are (sessions without an
 * appointment are simply not in it).
 */
export const v0002Appointments: SchemaVersion = {
  version: 2,
  name: 'appointments',
  stores: {
    sessions: 'id, [patientId+date], date, nextAppointment, updatedAt'
  }
}
