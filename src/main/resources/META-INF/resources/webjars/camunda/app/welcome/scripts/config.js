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

// Tổng kết: the shipped Welcome config.js of Camunda 7.24.0 with Vietnamese as default and fallback,
// dates dd/MM/yyyy and the app's own pages as links (docs/webapps.md).
export default {
  app: {
    name: 'Trang chào',
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
    'scripts/tongket-links'
  ],
  links: [
    {
      label: 'Bảng theo dõi thời hạn',
      href: '/dashboard/',
      description: 'Tiến độ tổng kết của từng đơn vị và các thời hạn theo Hướng dẫn'
    }
  ],
  // csrfCookieName: 'XSRF-TOKEN',
  disableWelcomeMessage: true
};
