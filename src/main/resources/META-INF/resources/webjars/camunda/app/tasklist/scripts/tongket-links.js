/*
 * Tổng kết — custom script of the Camunda web apps (declared in this app's scripts/config.js, customScripts).
 * Adds the link to the deadline dashboard of the campaign (/dashboard/) to the header navigation.
 * The "migrate to Camunda 8" banner is hidden by styles/user-styles.css (see docs/webapps.md).
 */
const LINK_ID = 'tongket-dashboard-link';

function addDashboardLink() {
  if (document.getElementById(LINK_ID)) {
    return;
  }
  const nav = document.querySelector('[cam-widget-header] .sections-menu ul');
  if (!nav) {
    return;
  }
  const item = document.createElement('li');
  item.id = LINK_ID;
  const link = document.createElement('a');
  link.href = '/dashboard/';
  link.textContent = 'Bảng theo dõi thời hạn';
  link.title = 'Tiến độ tổng kết của từng đơn vị và các thời hạn theo Hướng dẫn';
  item.appendChild(link);
  nav.appendChild(item);
}

new MutationObserver(addDashboardLink).observe(document.documentElement, {childList: true, subtree: true});
addDashboardLink();

export default {};
