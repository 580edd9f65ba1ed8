/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
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

// Tổng kết: the shipped Cockpit config.js of Camunda 7.24.0 with Vietnamese as default and fallback,
// dates dd/MM/yyyy (docs/webapps.md).
export default {
  app: {
    name: 'Giám sát quy trình',
    vendor: 'Tổng kết –'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  customScripts: [
    'scripts/tongket-links',
    'scripts/tongket-cockpit'
  ],
  // historicActivityInstanceMetrics: { adjustablePeriod: true, period: { unit: 'week' } },
  // runtimeActivityInstanceMetrics: { display: true },
  // skipCustomListeners: { default: true, hidden: false },
  // skipIoMappings: { default: true, hidden: false },
  // cascade: { default: false },
  // batchOperation: { mode: 'filter', autoLoadEnded: true },
  // csrfCookieName: 'XSRF-TOKEN',
  disableWelcomeMessage: true
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};
